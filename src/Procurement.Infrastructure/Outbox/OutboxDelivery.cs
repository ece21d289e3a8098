namespace Procurement.Infrastructure.Outbox;

/// <summary>
/// The delivery state of an outbox entry: failed attempts, when to try again (exponential backoff), the last error, and
/// when it was given up. A dead entry is kept, never retried by its worker, and shown to admins until one retries it.
/// </summary>
public abstract class OutboxDelivery
{
    /// <summary>How many times delivering this entry has failed.</summary>
    public int Attempts { get; private set; }

    /// <summary>Not before this time is the entry tried again after a failure; null: at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Why the last attempt failed, for the log and the admin page.</summary>
    public string? LastError { get; private set; }

    /// <summary>When the entry was given up after the allowed number of failures.</summary>
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
