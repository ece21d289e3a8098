using Microsoft.EntityFrameworkCore;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Catalog;

internal sealed class CatalogImports(ProcurementDbContext db, TimeProvider clock, CatalogImportSignal signal) : ICatalogImports
{
    /// <summary>An import still running after this long was left by an instance that died: another may take it over.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(15);

    public async Task QueueAsync(CatalogImport import, byte[] content, CancellationToken cancellationToken)
    {
        db.CatalogImports.Add(import);
        db.Set<CatalogImportFile>().Add(new CatalogImportFile(import.Id, content));
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }

    public async Task<Guid?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        var abandonedBefore = clock.GetUtcNow() - Abandoned;
        var now = clock.GetUtcNow();
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE catalog_imports SET status = 'Running', started_at = {now}
            WHERE id = (
                SELECT id FROM catalog_imports
                WHERE status = 'Queued' OR (status = 'Running' AND started_at < {abandonedBefore})
                ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    public Task<CatalogImport?> FindAsync(Guid importId, CancellationToken cancellationToken) =>
        db.CatalogImports.SingleOrDefaultAsync(import => import.Id == importId, cancellationToken);

    public Task<byte[]?> FileAsync(Guid importId, CancellationToken cancellationToken) =>
        db.Set<CatalogImportFile>().Where(file => file.ImportId == importId).Select(file => file.Content).SingleOrDefaultAsync(cancellationToken);

    public async Task SaveProgressAsync(CatalogImport import, CancellationToken cancellationToken)
    {
        // Nothing else is pending while rows are checked: the items are only added after the last progress write.
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Wakes the import worker as soon as this instance queues an import.</summary>
public sealed class CatalogImportSignal : Outbox.OutboxSignal;
