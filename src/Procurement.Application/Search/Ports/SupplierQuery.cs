using Procurement.Domain.Suppliers;

namespace Procurement.Application.Search.Ports;

/// <summary>
/// A supplier search. Empty lists mean "no filter". Text is matched, never parsed: no query syntax reaches the engine.
/// </summary>
/// <param name="Text">Words to find in names, description and CPV labels; misspellings are tolerated. Empty: all.</param>
/// <param name="CpvPrefixes">CPV digit prefixes of 2 to 8 digits ("45", "4523"); a supplier matches if any of its codes starts with any.</param>
/// <param name="Statuses">Which verification statuses to include; public callers pass only <see cref="VerificationStatus.Verified"/>.</param>
/// <param name="Page">Counts from 1.</param>
public sealed record SupplierQuery(
    string? Text,
    IReadOnlyList<string> CpvPrefixes,
    IReadOnlyList<string> Regions,
    IReadOnlyList<SupplierSize> Sizes,
    IReadOnlyList<VerificationStatus> Statuses,
    SupplierSort Sort = SupplierSort.Relevance,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;
}

public enum SupplierSort
{
    /// <summary>Best match first (BM25); with no text, by name.</summary>
    Relevance,
    Name,
}
