namespace Procurement.Infrastructure.Notifications;

/// <summary>Configuration section <c>Mail:Outbox</c>: how queued e-mail is sent and retried.</summary>
public sealed class MailOutboxOptions
{
    public const string Section = "Mail:Outbox";

    /// <summary>Mails sent per pass (each pass holds their rows locked until it ends).</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts a mail is kept as dead, for an admin to retry.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts of one mail.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often the worker looks for mail queued by other instances (this instance's own mail wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the next try after the <paramref name="attempts"/>-th failure: 30 s, 1 min, 2 min … at most <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks((long)Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));
}
