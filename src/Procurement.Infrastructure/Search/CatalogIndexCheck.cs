using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>At start-up: a catalog index holding a different number of items than the database should (nothing queued) is rebuilt.</summary>
public sealed class CatalogIndexCheck(ProcurementDbContext db, ICatalogSearch search, CatalogIndexRebuilder rebuilder, ILogger<CatalogIndexCheck> logger)
{
    public async Task RebuildIfIncompleteAsync(CancellationToken cancellationToken)
    {
        if (await db.CatalogSearchOutbox.AnyAsync(cancellationToken))
        {
            return;
        }

        var inDatabase = await (from item in db.CatalogItems
                                join supplier in db.Suppliers on item.SupplierId equals supplier.Id
                                where item.Status == CatalogItemStatus.Active && supplier.Status == VerificationStatus.Verified
                                select item.Id).CountAsync(cancellationToken);
        var inIndex = (await search.SearchAsync(new CatalogQuery(null, null, null, null, null, [], PageSize: 1), cancellationToken)).Total;
        if (inIndex != inDatabase)
        {
            logger.LogInformation("The catalog index holds {InIndex} items and the database {InDatabase}; rebuilding it", inIndex, inDatabase);
            await rebuilder.RebuildAsync(cancellationToken);
        }
    }
}
