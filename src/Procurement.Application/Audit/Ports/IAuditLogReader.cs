namespace Procurement.Application.Audit.Ports;

/// <summary>Reads the audit log: the chain in order for verification, and filtered pages for auditors.</summary>
public interface IAuditLogReader
{
    /// <summary>Up to <paramref name="count"/> entries with a sequence number above <paramref name="afterSequence"/>, in chain order.</summary>
    Task<IReadOnlyList<AuditChainEntry>> ChainAsync(long afterSequence, int count, CancellationToken cancellationToken);

    /// <summary>The latest entry, or null while the log is empty.</summary>
    Task<AuditChainHead?> HeadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="pageSize"/> entries matching <paramref name="filter"/>, newest first, with a sequence number
    /// below <paramref name="before"/> when given, each with its actor's name and e-mail when the actor is a user.
    /// </summary>
    Task<IReadOnlyList<AuditLogListing>> SearchAsync(AuditLogFilter filter, long? before, int pageSize, CancellationToken cancellationToken);

    /// <summary>The id of the account with this e-mail address, if any.</summary>
    Task<Guid?> FindUserAsync(string email, CancellationToken cancellationToken);
}

/// <summary>An entry exactly as stored, hashes included.</summary>
public sealed record AuditChainEntry(
    long Sequence, string Subject, string Action, Guid Actor, DateTimeOffset At, string? Detail, DateTimeOffset RecordedAt, byte[] PreviousHash, byte[] Hash);

public sealed record AuditChainHead(long Sequence, byte[] Hash, DateTimeOffset RecordedAt);

/// <summary>Every condition is optional; <see cref="From"/> and <see cref="Until"/> bound <c>at</c>, from inclusive, until exclusive.</summary>
public sealed record AuditLogFilter(string? SubjectPrefix, string? ActionPrefix, Guid? Actor, DateTimeOffset? From, DateTimeOffset? Until);

public sealed record AuditLogListing(
    long Sequence, string Subject, string Action, Guid Actor, string? ActorName, string? ActorEmail, DateTimeOffset At, string? Detail, DateTimeOffset RecordedAt, byte[] Hash);
