using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Procurement.Application.Catalog.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Applies a batch of catalog outbox entries to the catalog index, then deletes them, under row locks so that
/// instances never take the same entries; as <see cref="SearchOutboxDrainer"/>, work may be repeated, never lost.
/// A failed batch is kept, each entry retried later with backoff and kept as dead after too many failures.
/// </summary>
public sealed class CatalogOutboxDrainer(ProcurementDbContext db, ICatalogSearch search, CatalogDocumentSource documents, TimeProvider clock, ILogger<CatalogOutboxDrainer> logger)
{
    public async Task<DrainResult> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.CatalogSearchOutbox
            .FromSql($"""
                SELECT * FROM catalog_search_outbox
                WHERE dead_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY id LIMIT {SearchOutboxDrainer.BatchSize} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return new DrainResult(0, 0, 0);
        }

        var ids = entries.Select(entry => entry.ItemId).Distinct().ToList();
        try
        {
            var current = await documents.LoadAsync(ids, cancellationToken);
            if (current.Count > 0)
            {
                await search.UpsertAsync(current, cancellationToken);
            }

            var gone = ids.Except(current.Select(document => document.Id)).ToList();
            if (gone.Count > 0)
            {
                await search.RemoveAsync(gone, cancellationToken);
            }

            db.CatalogSearchOutbox.RemoveRange(entries);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Could not update the catalog index for {Count} item changes; retrying later", entries.Count);
            var error = $"{failure.GetType().Name}: {failure.Message}";
            foreach (var entry in entries)
            {
                entry.RecordFailure(error.Length > SearchOutboxDrainer.MaxErrorLength ? error[..SearchOutboxDrainer.MaxErrorLength] : error,
                    now, SearchOutboxDrainer.MaxAttempts, SearchOutboxDrainer.RetryDelay);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new DrainResult(entries.Count, 0, entries.Count);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DrainResult(entries.Count, entries.Count, 0);
    }
}
