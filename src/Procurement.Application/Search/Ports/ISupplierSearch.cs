using Procurement.Domain.Suppliers;

namespace Procurement.Application.Search.Ports;

/// <summary>
/// Full-text supplier search with filters and facets. Two adapters implement it: Lucene.Net (embedded, the default)
/// and Elasticsearch (production). Both apply the same filters, facets, statuses and paging; on text they agree
/// except that Elasticsearch forgives typos in every word and Lucene only in words no supplier uses.
/// </summary>
public interface ISupplierSearch
{
    Task<SupplierSearchResult> SearchAsync(SupplierQuery query, CancellationToken cancellationToken);

    /// <summary>Suppliers whose name starts with the words typed so far, for the search-as-you-type box.</summary>
    Task<IReadOnlyList<SupplierSuggestion>> SuggestAsync(string prefix, IReadOnlyList<VerificationStatus> statuses, int limit, CancellationToken cancellationToken);

    /// <summary>Adds or replaces these suppliers (matched by id); visible to searches when the call returns.</summary>
    Task UpsertAsync(IReadOnlyCollection<SupplierDocument> suppliers, CancellationToken cancellationToken);

    Task RemoveAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken);

    /// <summary>Empties the index, before a full rebuild from the database.</summary>
    Task ClearAsync(CancellationToken cancellationToken);
}
