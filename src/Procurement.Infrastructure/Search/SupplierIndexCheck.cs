using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// At start-up: an index that holds a different number of suppliers than the database while nothing is queued
/// (a deleted .data/search folder, a new Elasticsearch cluster) is rebuilt from the database.
/// </summary>
public sealed class SupplierIndexCheck(ProcurementDbContext db, ISupplierSearch search, SupplierIndexRebuilder rebuilder, ILogger<SupplierIndexCheck> logger)
{
    public async Task RebuildIfIncompleteAsync(CancellationToken cancellationToken)
    {
        if (await db.SearchOutbox.AnyAsync(cancellationToken))
        {
            return;
        }

        var inDatabase = await db.Suppliers.CountAsync(cancellationToken);
        var everyone = new SupplierQuery(null, [], [], [], Enum.GetValues<VerificationStatus>(), PageSize: 1);
        var inIndex = (await search.SearchAsync(everyone, cancellationToken)).Total;
        if (inIndex != inDatabase)
        {
            logger.LogInformation("The supplier index holds {InIndex} suppliers and the database {InDatabase}; rebuilding it", inIndex, inDatabase);
            await rebuilder.RebuildAsync(progress: null, cancellationToken);
        }
    }
}
