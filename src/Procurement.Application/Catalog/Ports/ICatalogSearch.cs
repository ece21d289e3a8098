namespace Procurement.Application.Catalog.Ports;

/// <summary>
/// Full-text search over the catalog items buyers may order: typo-tolerant text, CPV prefix, price range, the
/// frameworks a buyer's agency has in force, facets by CPV division and supplier, three sorts, paging. Two adapters:
/// Lucene.Net (embedded, the default) and Elasticsearch. Text is matched, never parsed as query syntax.
/// </summary>
public interface ICatalogSearch
{
    Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken cancellationToken);

    /// <summary>Adds or replaces these items (matched by id); visible to searches when the call returns.</summary>
    Task UpsertAsync(IReadOnlyCollection<CatalogItemDocument> items, CancellationToken cancellationToken);

    Task RemoveAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>Empties the index, before a full rebuild from the database.</summary>
    Task ClearAsync(CancellationToken cancellationToken);
}

/// <summary>
/// What the catalog index holds about one active item of a verified supplier: only such items are indexed.
/// <paramref name="FrameworkIds"/> are the frameworks (of any agency, in force or not) that list it at a ceiling at or
/// above its price: a search keeps an item when one of them is among the frameworks the buyer's agency has in force
/// that day, which the caller works out from the database, so an expired framework drops its items at once.
/// </summary>
public sealed record CatalogItemDocument(
    Guid Id,
    Guid SupplierId,
    string SupplierName,
    string Sku,
    string Name,
    string Description,
    string CpvCode,
    string CpvLabel,
    string UnitCode,
    string UnitName,
    decimal UnitPrice,
    string Currency,
    decimal MinimumOrderQuantity,
    int LeadTimeDays,
    Guid? ImageId,
    IReadOnlyList<Guid> FrameworkIds);

/// <param name="Text">Words to find in name, description, SKU, supplier and CPV label; typos forgiven. Empty: all.</param>
/// <param name="CpvPrefix">2 to 8 CPV digits; null: any.</param>
/// <param name="FrameworkIds">Keep items listed under one of these frameworks; null: no such filter; empty: nothing matches.</param>
/// <param name="SupplierIds">Keep these suppliers' items; empty: all.</param>
/// <param name="Page">Counts from 1.</param>
public sealed record CatalogQuery(
    string? Text,
    string? CpvPrefix,
    decimal? PriceMin,
    decimal? PriceMax,
    IReadOnlyList<Guid>? FrameworkIds,
    IReadOnlyList<Guid> SupplierIds,
    CatalogSort Sort = CatalogSort.Relevance,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;
}

public enum CatalogSort
{
    /// <summary>Best match first; with no text, by name.</summary>
    Relevance,
    PriceAscending,
    LeadTime,
}

/// <param name="Total">How many items match, across all pages.</param>
public sealed record CatalogSearchResult(long Total, IReadOnlyList<CatalogHit> Items, CatalogFacets Facets);

public sealed record CatalogHit(
    Guid Id, Guid SupplierId, string SupplierName, string Sku, string Name, string CpvCode, string UnitCode, string UnitName,
    decimal UnitPrice, string Currency, decimal MinimumOrderQuantity, int LeadTimeDays, Guid? ImageId);

/// <param name="CpvDivisions">Two-digit divisions with their counts, most frequent first.</param>
/// <param name="Suppliers">Suppliers with their counts, most frequent first.</param>
public sealed record CatalogFacets(IReadOnlyList<CatalogFacet> CpvDivisions, IReadOnlyList<CatalogFacet> Suppliers)
{
    public static CatalogFacets Empty { get; } = new([], []);
}

/// <param name="Value">The division ("30") or the supplier id.</param>
/// <param name="Label">What to show: the supplier's name, or the division itself (the page labels divisions).</param>
public sealed record CatalogFacet(string Value, string Label, long Count);
