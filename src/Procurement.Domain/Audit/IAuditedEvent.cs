namespace Procurement.Domain.Audit;

/// <summary>
/// A record of a state change that matters (to money, bids, awards, or who may take part) and so belongs in the
/// platform's append-only, hash-chained audit log. Saving such a record writes its audit entry in the same transaction.
/// </summary>
public interface IAuditedEvent
{
    /// <summary>What the change is about, as <c>kind:id</c>, e.g. <c>tender:3f2c…</c> or <c>supplier:9a1e…</c>.</summary>
    string AuditSubject { get; }

    /// <summary>What happened, as <c>area.verb</c> in lower case, e.g. <c>tender.published</c>.</summary>
    string AuditAction { get; }

    /// <summary>The user who did it, or <see cref="Guid.Empty"/> for the platform itself.</summary>
    Guid AuditActor { get; }

    /// <summary>When it happened.</summary>
    DateTimeOffset AuditAt { get; }

    /// <summary>Any detail worth keeping (a reason, a reference, a hash); never a bid's sealed content.</summary>
    string? AuditDetail { get; }
}
