using Microsoft.EntityFrameworkCore;
using Procurement.Application.Search.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>Rebuilds the whole supplier index from PostgreSQL, the source of truth, reporting progress as it goes.</summary>
public sealed class SupplierIndexRebuilder(ProcurementDbContext db, ISupplierSearch search, SupplierDocumentSource documents)
{
    private const int PageSize = 1000;

    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        // Outbox entries are left for the worker: replaying one costs an upsert, while deleting one whose change
        // committed after this read would lose it (ids are assigned at insert, not in commit order).
        var total = await db.Suppliers.CountAsync(cancellationToken);
        await search.ClearAsync(cancellationToken);

        var done = 0;
        Guid? last = null;
        while (await documents.PageAsync(last, PageSize, cancellationToken) is { Count: > 0 } page)
        {
            await search.UpsertAsync(page.ToList(), cancellationToken);
            done += page.Count;
            last = page[^1].Id;
            progress?.Report((done, total));
        }

        return done;
    }
}
