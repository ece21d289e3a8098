using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Procurement.Application.Search.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>What one pass of <see cref="SearchOutboxDrainer.DrainOnceAsync"/> did.</summary>
/// <param name="Taken">Entries taken from the outbox (0: nothing due).</param>
/// <param name="Indexed">Entries applied to the index and deleted.</param>
/// <param name="Failed">Entries whose failure was recorded (retried later, or dead after too many failures).</param>
public sealed record DrainResult(int Taken, int Indexed, int Failed)
{
    /// <summary>Entries were due but none reached the index: the index itself is probably down.</summary>
    public bool MadeNoProgress => Taken > 0 && Indexed == 0;
}

/// <summary>
/// Applies a batch of outbox entries to the search index, then deletes them, holding row locks meanwhile so that
/// several instances never take the same entries. If the process dies after the index write but before the delete
/// commits, the entries are still there and the next run writes the same state again: work is repeated, never lost.
/// When a batch fails, its suppliers are tried one by one so that one entry the index refuses cannot hold up the
/// others; each failing entry waits longer before its next try (exponential backoff) and after
/// <see cref="MaxAttempts"/> failures it is kept as dead: not retried until an admin asks for it.
/// </summary>
public sealed class SearchOutboxDrainer(
    ProcurementDbContext db,
    ISupplierSearch search,
    SupplierDocumentSource documents,
    TimeProvider clock,
    ILogger<SearchOutboxDrainer> logger)
{
    public const int BatchSize = 500;
    public const int MaxAttempts = 10;
    public const int MaxErrorLength = 2000;

    /// <summary>
    /// After a failed batch, suppliers are tried one at a time; after this many failures in a row with no success the
    /// rest are left untouched for the next pass, so an index that is down costs a few calls, not a whole batch.
    /// </summary>
    private const int ConsecutiveFailuresBeforeGivingUpThePass = 3;

    private static readonly TimeSpan _firstRetryDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan _maxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>The wait before the next try after the <paramref name="attempts"/>-th failure: 10 s, 20 s, 40 s … at most one hour.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(_maxRetryDelay.TotalSeconds, _firstRetryDelay.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>Processes one batch of due entries.</summary>
    public async Task<DrainResult> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.SearchOutbox
            .FromSql($"""
                SELECT * FROM search_outbox
                WHERE dead_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return new DrainResult(0, 0, 0);
        }

        var bySupplier = entries.GroupBy(entry => entry.SupplierId).ToDictionary(group => group.Key, group => group.ToList());
        var current = (await documents.LoadAsync(bySupplier.Keys.ToList(), cancellationToken)).ToDictionary(document => document.Id);
        var indexed = new List<SearchOutboxEntry>();
        var failed = 0;
        try
        {
            await ApplyAsync(bySupplier.Keys, current, cancellationToken);
            indexed.AddRange(entries);
        }
        catch (Exception batchFailure) when (batchFailure is not OperationCanceledException)
        {
            logger.LogWarning(batchFailure, "Could not update the search index for {Count} supplier changes; trying them one by one", entries.Count);
            var failuresInARow = 0;
            foreach (var (supplierId, supplierEntries) in bySupplier)
            {
                if (failuresInARow == ConsecutiveFailuresBeforeGivingUpThePass && indexed.Count == 0)
                {
                    break;
                }

                try
                {
                    await ApplyAsync([supplierId], current, cancellationToken);
                    indexed.AddRange(supplierEntries);
                    failuresInARow = 0;
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    failuresInARow++;
                    failed += supplierEntries.Count;
                    foreach (var entry in supplierEntries)
                    {
                        RecordFailure(entry, failure, now);
                    }
                }
            }
        }

        db.SearchOutbox.RemoveRange(indexed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DrainResult(entries.Count, indexed.Count, failed);
    }

    private async Task ApplyAsync(IEnumerable<Guid> supplierIds, Dictionary<Guid, SupplierDocument> current, CancellationToken cancellationToken)
    {
        var ids = supplierIds.ToList();
        var upserts = ids.Where(current.ContainsKey).Select(id => current[id]).ToList();
        var deleted = ids.Where(id => !current.ContainsKey(id)).ToList();
        if (upserts.Count > 0)
        {
            await search.UpsertAsync(upserts, cancellationToken);
        }

        if (deleted.Count > 0)
        {
            await search.RemoveAsync(deleted, cancellationToken);
        }
    }

    private void RecordFailure(SearchOutboxEntry entry, Exception failure, DateTimeOffset now)
    {
        var error = $"{failure.GetType().Name}: {failure.Message}";
        entry.RecordFailure(error.Length > MaxErrorLength ? error[..MaxErrorLength] : error, now, MaxAttempts, RetryDelay);
        if (entry.DeadAt is not null)
        {
            logger.LogError(failure, "Gave up indexing supplier {SupplierId} after {Attempts} attempts; outbox entry {EntryId} is kept as dead until an admin retries it",
                entry.SupplierId, entry.Attempts, entry.Id);
        }
        else
        {
            logger.LogWarning(failure, "Could not index supplier {SupplierId} (attempt {Attempts} of {MaxAttempts}); next try after {NextAttemptAt:O}",
                entry.SupplierId, entry.Attempts, MaxAttempts, entry.NextAttemptAt);
        }
    }
}
