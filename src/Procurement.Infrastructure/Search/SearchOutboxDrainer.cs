using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Procurement.Application.Search.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Applies a batch of outbox entries to the search index, then deletes them, holding row locks meanwhile so that
/// several instances never take the same entries. If the process dies after the index write but before the delete
/// commits, the entries are still there and the next run writes the same state again: work is repeated, never lost.
/// </summary>
public sealed class SearchOutboxDrainer(ProcurementDbContext db, ISupplierSearch search, SupplierDocumentSource documents, ILogger<SearchOutboxDrainer> logger)
{
    public const int BatchSize = 500;

    /// <summary>Processes one batch; returns how many entries it took (0 when the outbox is empty).</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.SearchOutbox
            .FromSql($"SELECT * FROM search_outbox ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }

        var supplierIds = entries.Select(entry => entry.SupplierId).Distinct().ToList();
        try
        {
            var current = await documents.LoadAsync(supplierIds, cancellationToken);
            var deleted = supplierIds.Except(current.Select(document => document.Id)).ToList();
            if (current.Count > 0)
            {
                await search.UpsertAsync(current, cancellationToken);
            }

            if (deleted.Count > 0)
            {
                await search.RemoveAsync(deleted, cancellationToken);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            await transaction.RollbackAsync(cancellationToken);
            await RecordFailureAsync(entries.Select(entry => entry.Id).ToArray(), cancellationToken);
            logger.LogError(failure, "Could not update the search index for {Count} supplier changes; they stay queued", entries.Count);
            throw;
        }

        db.SearchOutbox.RemoveRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entries.Count;
    }

    private Task<int> RecordFailureAsync(long[] entryIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"UPDATE search_outbox SET attempts = attempts + 1 WHERE id = ANY({entryIds})", cancellationToken);
}
