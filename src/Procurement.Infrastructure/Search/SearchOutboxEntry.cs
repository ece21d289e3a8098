namespace Procurement.Infrastructure.Search;

/// <summary>
/// "Supplier X changed; bring the search index up to date." Written in the same transaction as the change, so a
/// committed change always has its entry, and deleted only after the index has taken it.
/// </summary>
public sealed class SearchOutboxEntry
{
    private SearchOutboxEntry()
    {
    }

    public SearchOutboxEntry(Guid supplierId, DateTimeOffset enqueuedAt)
    {
        SupplierId = supplierId;
        EnqueuedAt = enqueuedAt;
    }

    public long Id { get; private set; }
    public Guid SupplierId { get; private set; }
    public DateTimeOffset EnqueuedAt { get; private set; }

    /// <summary>How many times indexing this entry has failed (counted by <see cref="SearchOutboxDrainer"/>).</summary>
    public int Attempts { get; private set; }

    /// <summary>Not before this time is the entry tried again after a failure (exponential backoff); null: at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Why the last attempt failed, for the log and the admin page.</summary>
    public string? LastError { get; private set; }

    /// <summary>
    /// When the entry was given up after <see cref="SearchOutboxDrainer.MaxAttempts"/> failures. A dead entry is kept,
    /// never retried by the worker, and counted on the admin page until an admin retries it.
    /// </summary>
    public DateTimeOffset? DeadAt { get; private set; }

    /// <summary>Counts a failed try; sets when to try again, or marks the entry dead at the last allowed attempt.</summary>
    public void RecordFailure(string error, DateTimeOffset at, int maxAttempts, Func<int, TimeSpan> retryDelay)
    {
        Attempts++;
        LastError = error;
        if (Attempts >= maxAttempts)
        {
            DeadAt = at;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = at + retryDelay(Attempts);
        }
    }
}
