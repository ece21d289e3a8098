namespace Procurement.Domain.Tenders;

/// <summary>
/// The tender's life after the opening: evaluation, the award decision and its standstill period, and the final award.
/// The committee, scores, per-lot decisions and complaints are aggregates of their own; the tender keeps the stage.
/// </summary>
public sealed partial class Tender
{
    public const int MaxReopeningReasonLength = 2_000;

    /// <summary>When the award decision was notified and the standstill period began.</summary>
    public DateTimeOffset? AwardDecidedAt { get; private set; }

    /// <summary>The end of the standstill period; the award cannot become final before it.</summary>
    public DateTimeOffset? StandstillEndsAt { get; private set; }

    /// <summary>When the award became final (or every lot was confirmed unsuccessful).</summary>
    public DateTimeOffset? AwardFinalisedAt { get; private set; }

    /// <summary>Opened or any stage after it: the bids are readable and the tender can no longer be cancelled.</summary>
    public bool IsOpened => Status is TenderStatus.Opened or TenderStatus.Evaluation or TenderStatus.Standstill or TenderStatus.Awarded or TenderStatus.Unsuccessful;

    /// <summary>The committee is named: evaluation begins on the opened bids.</summary>
    public TenderEvent BeginEvaluation(Guid by, DateTimeOffset now)
    {
        if (Status != TenderStatus.Opened)
        {
            throw new DomainRuleException(Status == TenderStatus.Evaluation
                ? "This tender is already in evaluation."
                : "Evaluation begins once the bids are opened, and only once.");
        }

        Status = TenderStatus.Evaluation;
        return new TenderEvent(Id, TenderEventKind.EvaluationStarted, null, by, now);
    }

    /// <summary>The award decision is notified to every bidder; the standstill period runs until <paramref name="standstillEndsAt"/>.</summary>
    public TenderEvent DecideAward(DateTimeOffset standstillEndsAt, Guid by, DateTimeOffset now)
    {
        if (Status != TenderStatus.Evaluation)
        {
            throw new DomainRuleException("An award can be decided only while the tender is in evaluation.");
        }

        if (standstillEndsAt <= now)
        {
            throw new DomainRuleException("The standstill period must end after the award decision.");
        }

        Status = TenderStatus.Standstill;
        AwardDecidedAt = now;
        StandstillEndsAt = standstillEndsAt;
        return new TenderEvent(Id, TenderEventKind.AwardDecided, $"standstill until {standstillEndsAt:yyyy-MM-dd HH:mm} UTC", by, now);
    }

    /// <summary>An upheld complaint sends the tender back to evaluation; the decision and its standstill lapse.</summary>
    public TenderEvent ReopenEvaluation(string? reason, Guid by, DateTimeOffset now)
    {
        if (Status != TenderStatus.Standstill)
        {
            throw new DomainRuleException("Only a tender in its standstill period can go back to evaluation.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReopeningReasonLength)
        {
            throw new DomainRuleException($"Give the reason the evaluation is reopened, at most {MaxReopeningReasonLength:N0} characters.");
        }

        Status = TenderStatus.Evaluation;
        AwardDecidedAt = null;
        StandstillEndsAt = null;
        return new TenderEvent(Id, TenderEventKind.EvaluationReopened, reason.Trim(), by, now);
    }

    /// <summary>
    /// The standstill has ended with no open complaint: the award is final. The caller checks complaints; the tender
    /// checks the time. Awarded when <paramref name="anyLotAwarded"/>, otherwise unsuccessful.
    /// </summary>
    public TenderEvent FinaliseAward(bool anyLotAwarded, Guid by, DateTimeOffset now)
    {
        if (Status != TenderStatus.Standstill || StandstillEndsAt is not { } ends)
        {
            throw new DomainRuleException("Only a tender in its standstill period can have its award made final.");
        }

        if (now < ends)
        {
            throw new DomainRuleException($"The standstill period runs until {ends:yyyy-MM-dd HH:mm} UTC; the award cannot be final before.");
        }

        Status = anyLotAwarded ? TenderStatus.Awarded : TenderStatus.Unsuccessful;
        AwardFinalisedAt = now;
        return new TenderEvent(Id, TenderEventKind.AwardFinalised, anyLotAwarded ? "awarded" : "unsuccessful", by, now);
    }
}
