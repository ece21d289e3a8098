using Procurement.Domain.Audit;

namespace Procurement.Domain.Evaluation;

/// <summary>One change to a tender's evaluation, kept for good and written to the audit log with it.</summary>
public sealed class EvaluationEvent : IAuditedEvent
{
    public const int MaxDetailLength = 4_000;

    private EvaluationEvent()
    {
    }

    public EvaluationEvent(Guid tenderId, EvaluationEventKind kind, string? detail, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        Kind = kind;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public EvaluationEventKind Kind { get; private set; }
    public string? Detail { get; private set; }
    public Guid By { get; private set; }
    public DateTimeOffset At { get; private set; }

    string IAuditedEvent.AuditSubject => $"tender:{TenderId:D}";

    string IAuditedEvent.AuditAction => $"evaluation.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => By;

    DateTimeOffset IAuditedEvent.AuditAt => At;

    string? IAuditedEvent.AuditDetail => Detail;
}

public enum EvaluationEventKind
{
    CommitteeNamed,
    MemberAdded,
    ChairAppointed,
    NoConflictDeclared,
    ConflictDeclared,
    BidQualified,
    BidDisqualified,
    ScoresSubmitted,
    ConsensusSet,
    Finalised,
    Reopened,
}
