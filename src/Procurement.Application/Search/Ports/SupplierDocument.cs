using Procurement.Domain.Suppliers;

namespace Procurement.Application.Search.Ports;

/// <summary>What the search index holds about one supplier.</summary>
/// <param name="CpvCodes">Full CPV codes, e.g. <c>45233120-6</c>; adapters also index each code's ancestors so that a
/// filter on a division, group or class prefix is an exact term match.</param>
/// <param name="CpvLabels">The English labels of those codes, searched as text ("road construction").</param>
public sealed record SupplierDocument(
    Guid Id,
    string LegalName,
    string? TradingName,
    string Description,
    string Country,
    string Region,
    SupplierSize Size,
    VerificationStatus Status,
    IReadOnlyList<string> CpvCodes,
    IReadOnlyList<string> CpvLabels);
