namespace Procurement.Infrastructure.Notifications;

/// <summary>
/// An e-mail waiting to be sent. Written in the same transaction as the change it reports, so a committed change
/// always has its mail; deleted by <see cref="MailOutboxDrainer"/> once the mail server took it.
/// </summary>
public sealed class MailOutboxEntry
{
    public const int MaxAddressLength = 320;
    public const int MaxSubjectLength = 500;

    private MailOutboxEntry()
    {
        ToAddress = Subject = TextBody = string.Empty;
    }

    public MailOutboxEntry(string toAddress, string subject, string textBody, DateTimeOffset enqueuedAt)
    {
        ToAddress = toAddress;
        Subject = subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject;
        TextBody = textBody;
        EnqueuedAt = enqueuedAt;
    }

    public long Id { get; private set; }
    public string ToAddress { get; private set; }
    public string Subject { get; private set; }
    public string TextBody { get; private set; }
    public DateTimeOffset EnqueuedAt { get; private set; }

    /// <summary>How many times sending this mail has failed.</summary>
    public int Attempts { get; private set; }

    /// <summary>Not before this time is the mail tried again after a failure (exponential backoff); null: at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Why the last attempt failed, for the log and the admin page.</summary>
    public string? LastError { get; private set; }

    /// <summary>When the mail was given up after too many failures: kept, never retried until an admin asks for it.</summary>
    public DateTimeOffset? DeadAt { get; private set; }

    /// <summary>Counts a failed try; sets when to try again, or marks the mail dead at the last allowed attempt.</summary>
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
