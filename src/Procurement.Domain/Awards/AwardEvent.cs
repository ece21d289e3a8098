using Procurement.Domain.Audit;

namespace Procurement.Domain.Awards;

/// <summary>
/// One change to an award, a complaint or a contract, kept for good and written to the audit log: what happened, to
/// which record (<see cref="SubjectId"/>: the decision, complaint or contract), who did it (or the platform), when.
/// </summary>
public sealed class AwardEvent : IAuditedEvent
{
    public const int MaxDetailLength = 4_000;

    private AwardEvent()
    {
    }

    public AwardEvent(Guid tenderId, AwardEventKind kind, Guid subjectId, string? detail, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        Kind = kind;
        SubjectId = subjectId;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public AwardEventKind Kind { get; private set; }
    public Guid SubjectId { get; private set; }
    public string? Detail { get; private set; }
    public Guid By { get; private set; }
    public DateTimeOffset At { get; private set; }

    string IAuditedEvent.AuditSubject => Kind switch
    {
        AwardEventKind.ComplaintLodged or AwardEventKind.ComplaintUpheld or AwardEventKind.ComplaintRejected or AwardEventKind.ComplaintLapsed => $"complaint:{SubjectId:D}",
        AwardEventKind.ContractCreated or AwardEventKind.ContractSigned => $"contract:{SubjectId:D}",
        _ => $"award:{SubjectId:D}",
    };

    string IAuditedEvent.AuditAction => $"award.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => By;

    DateTimeOffset IAuditedEvent.AuditAt => At;

    string? IAuditedEvent.AuditDetail => $"tender {TenderId:D}" + (Detail is null ? string.Empty : $": {Detail}");
}

public enum AwardEventKind
{
    /// <summary>The award decision was sent to the bidders; the standstill began.</summary>
    Decided,

    /// <summary>An upheld complaint withdrew the decision.</summary>
    Superseded,

    /// <summary>The standstill ended with no open complaint; the award is final and the award notice published.</summary>
    Finalised,

    ComplaintLodged,
    ComplaintUpheld,
    ComplaintRejected,

    /// <summary>An open complaint closed undecided because another complaint on the same decision was upheld.</summary>
    ComplaintLapsed,

    ContractCreated,

    /// <summary>The signature date, contract period and signed document were recorded.</summary>
    ContractSigned,
}
