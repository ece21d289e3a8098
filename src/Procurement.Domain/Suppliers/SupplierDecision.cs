using Procurement.Domain.Audit;

namespace Procurement.Domain.Suppliers;

public enum SupplierDecisionKind
{
    Submitted,
    Verified,
    Rejected,
    InformationRequested,
    Suspended,
    Reinstated,

    /// <summary>A debarment reached its end date and the platform reinstated the supplier; decided by <see cref="SupplierDecision.Platform"/>.</summary>
    DebarmentEnded,

    /// <summary>A verified supplier changed details that need no new check (address, contacts, categories...).</summary>
    DetailsChanged,

    /// <summary>A verified supplier asked to change its legal identity; an officer must approve it.</summary>
    IdentityChangeRequested,
    IdentityChangeApproved,
    IdentityChangeRejected,

    /// <summary>The supplier put its legal identity back as verified before an officer decided.</summary>
    IdentityChangeWithdrawn,
}

/// <summary>One step in a supplier's verification or a change to its details, kept for good: who did what, when, and why.</summary>
public sealed class SupplierDecision : IAuditedEvent
{
    /// <summary>
    /// <see cref="DecidedBy"/> of the steps no person took: the platform itself (a debarment ending on its date, demo
    /// seeding). All zeros, as no user has that id.
    /// </summary>
    public static readonly Guid Platform = Guid.Empty;

    private SupplierDecision()
    {
    }

    public SupplierDecision(Guid supplierId, SupplierDecisionKind kind, string? reason, Guid decidedBy, DateTimeOffset decidedAt)
    {
        Id = Guid.NewGuid();
        SupplierId = supplierId;
        Kind = kind;
        Reason = reason;
        DecidedBy = decidedBy;
        DecidedAt = decidedAt;
    }

    public Guid Id { get; private set; }
    public Guid SupplierId { get; private set; }
    public SupplierDecisionKind Kind { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The user who submitted or decided, or <see cref="Platform"/>.</summary>
    public Guid DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    string IAuditedEvent.AuditSubject => $"supplier:{SupplierId:D}";

    string IAuditedEvent.AuditAction => $"supplier.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => DecidedBy;

    DateTimeOffset IAuditedEvent.AuditAt => DecidedAt;

    string? IAuditedEvent.AuditDetail => Reason;
}
