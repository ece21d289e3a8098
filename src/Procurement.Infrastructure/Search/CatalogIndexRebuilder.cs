using Procurement.Application.Catalog.Ports;

namespace Procurement.Infrastructure.Search;

/// <summary>Rebuilds the catalog index from PostgreSQL: emptied, then refilled a page of items at a time.</summary>
public sealed class CatalogIndexRebuilder(ICatalogSearch search, CatalogDocumentSource documents)
{
    private const int PageSize = 1_000;

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await search.ClearAsync(cancellationToken);
        var after = Guid.Empty;
        var total = 0;
        while (true)
        {
            var page = await documents.PageAsync(after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return total;
            }

            await search.UpsertAsync(page, cancellationToken);
            total += page.Count;
            after = page.Max(d => d.Id);
        }
    }
}
