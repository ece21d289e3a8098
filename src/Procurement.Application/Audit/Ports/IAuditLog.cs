using Procurement.Domain.Audit;

namespace Procurement.Application.Audit.Ports;

/// <summary>
/// Appends an entry to the audit log that is not a saved domain record: an attempt, a refusal, an access. The entry is
/// committed in its own short transaction before the call returns, so it is kept even when the caller's own work
/// rolls back. For a change of state, save an <see cref="IAuditedEvent"/> with the change instead: its entry then
/// commits, or rolls back, with it.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends <paramref name="record"/>. Do not call this while your own transaction has saved an audited event and is
    /// still open: the append would wait for that transaction's hold on the chain (it gives up after a few seconds).
    /// </summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);
}

/// <summary>An audit entry to append: what it is about (<c>kind:id</c>), what happened (<c>area.verb</c>), who did it (<see cref="Guid.Empty"/> for the platform), when, and any detail.</summary>
public sealed record AuditRecord(string Subject, string Action, Guid Actor, DateTimeOffset At, string? Detail) : IAuditedEvent
{
    string IAuditedEvent.AuditSubject => Subject;

    string IAuditedEvent.AuditAction => Action;

    Guid IAuditedEvent.AuditActor => Actor;

    DateTimeOffset IAuditedEvent.AuditAt => At;

    string? IAuditedEvent.AuditDetail => Detail;
}
