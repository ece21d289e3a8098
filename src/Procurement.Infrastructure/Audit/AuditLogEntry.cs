namespace Procurement.Infrastructure.Audit;

/// <summary>
/// One row of <c>audit_log</c>, written only by <see cref="AuditChainAppender"/>. The database refuses to update or
/// delete it (a trigger), and <see cref="Domain.Audit.AuditChain"/> makes any change detectable.
/// </summary>
public sealed class AuditLogEntry
{
    private AuditLogEntry()
    {
        Subject = Action = string.Empty;
        PreviousHash = Hash = [];
    }

    internal AuditLogEntry(long sequence, string subject, string action, Guid actor, DateTimeOffset at, string? detail, DateTimeOffset recordedAt, byte[] previousHash, byte[] hash)
    {
        Sequence = sequence;
        Subject = subject;
        Action = action;
        Actor = actor;
        At = at;
        Detail = detail;
        RecordedAt = recordedAt;
        PreviousHash = previousHash;
        Hash = hash;
    }

    public long Sequence { get; private set; }
    public string Subject { get; private set; }
    public string Action { get; private set; }
    public Guid Actor { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Detail { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public byte[] PreviousHash { get; private set; }
    public byte[] Hash { get; private set; }
}
