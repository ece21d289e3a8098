using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog;

/// <summary>A buyer, approver or officer of an agency searches what the agency may order today.</summary>
public sealed record SearchCatalog(Guid AgencyId, CatalogQuery Query);

/// <summary>
/// Limits the search to the frameworks the agency has in force today (read from the database at each search, so an
/// expired or not yet started framework drops out at midnight UTC without reindexing), then asks the index.
/// </summary>
public sealed class SearchCatalogHandler(ICatalogSearch search, ICatalogReader reader, TimeProvider clock)
{
    public async Task<CatalogSearchResult> HandleAsync(SearchCatalog command, CancellationToken cancellationToken)
    {
        var inForce = await reader.FrameworksInForceAsync(command.AgencyId, CatalogOrderability.DayOf(clock.GetUtcNow()), cancellationToken);
        return await search.SearchAsync(command.Query with { FrameworkIds = inForce }, cancellationToken);
    }
}
