namespace Procurement.Application.Search.Ports;

/// <param name="Total">How many suppliers match, across all pages.</param>
/// <param name="Facets">Counts over all matching suppliers (every filter applied), most frequent first.</param>
public sealed record SupplierSearchResult(long Total, IReadOnlyList<SupplierHit> Items, SupplierFacets Facets);

/// <param name="Highlight">A short extract of the name or description with the matched words wrapped in
/// <c>&lt;mark&gt;</c>; everything else is HTML-encoded, so it is safe to render. Null when there was no text query.</param>
public sealed record SupplierHit(Guid Id, string Name, string Region, IReadOnlyList<string> CpvCodes, string? Highlight);

/// <param name="CpvDivisions">Two-digit CPV divisions ("45"); a supplier with several codes in one division counts once.</param>
/// <param name="Sizes">Values are <see cref="Domain.Suppliers.SupplierSize"/> names ("Small").</param>
public sealed record SupplierFacets(IReadOnlyList<FacetCount> CpvDivisions, IReadOnlyList<FacetCount> Regions, IReadOnlyList<FacetCount> Sizes)
{
    public static SupplierFacets Empty { get; } = new([], [], []);
}

public sealed record FacetCount(string Value, long Count);

public sealed record SupplierSuggestion(Guid Id, string Name);
