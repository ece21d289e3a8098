namespace Procurement.Domain.Awards;

/// <summary>
/// The contracting authority's award decision on one evaluation round of a tender: for every lot, either the bid it
/// awards the lot to or the public reason the lot is unsuccessful. It starts the standstill period. An upheld complaint
/// supersedes it (kept, never deleted) and a later round makes a new decision; once the standstill ends with no open
/// complaint it becomes final and its award notice is published.
/// </summary>
public sealed class AwardDecision
{
    public const int MaxJustificationLength = 2_000;
    public const int MaxReasonLength = 2_000;

    private readonly List<LotAward> _lots = [];

    private AwardDecision()
    {
    }

    private AwardDecision(Guid tenderId, int round, DateTimeOffset standstillEndsAt, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        Round = round;
        StandstillEndsAt = standstillEndsAt;
        DecidedBy = by;
        DecidedAt = now;
        Status = AwardDecisionStatus.Standstill;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }

    /// <summary>1 for the first decision; one more for each decision after an upheld complaint.</summary>
    public int Round { get; private set; }

    public AwardDecisionStatus Status { get; private set; }
    public Guid DecidedBy { get; private set; }

    /// <summary>When the decision was sent to the bidders: the standstill counts from the day after.</summary>
    public DateTimeOffset DecidedAt { get; private set; }

    public DateTimeOffset StandstillEndsAt { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }
    public string? SupersededReason { get; private set; }

    /// <summary>When the award became final; the award notice is published at the same moment.</summary>
    public DateTimeOffset? FinalisedAt { get; private set; }

    public DateTimeOffset? NoticePublishedAt { get; private set; }

    public IReadOnlyList<LotAward> Lots => _lots;

    public bool AnyLotAwarded => _lots.Any(lot => lot.Outcome == LotOutcome.Awarded);

    /// <summary>
    /// Decides every lot of <paramref name="candidates"/> as <paramref name="choices"/> say. A lot goes to the top-ranked
    /// bid unless a justification is recorded; where several bids share the top rank, the choice between them needs one
    /// too (how the tie was broken). A lot with no bid to award, or none the authority will award, is unsuccessful with
    /// a reason that is published.
    /// </summary>
    public static (AwardDecision Decision, AwardEvent Event) Decide(
        Guid tenderId, int round, IReadOnlyList<LotCandidates> candidates, IReadOnlyList<LotChoice> choices,
        DateTimeOffset standstillEndsAt, Guid by, DateTimeOffset now)
    {
        if (standstillEndsAt <= now)
        {
            throw new DomainRuleException("The standstill period must end after the award decision.");
        }

        if (candidates.Count == 0)
        {
            throw new DomainRuleException("The tender has no lots to decide.");
        }

        var decision = new AwardDecision(tenderId, round, standstillEndsAt, by, now);
        foreach (var lot in candidates.OrderBy(lot => lot.LotNumber))
        {
            var chosen = choices.Where(choice => choice.LotId == lot.LotId).ToList();
            if (chosen.Count != 1)
            {
                throw new DomainRuleException($"Decide lot {lot.LotNumber}, {lot.LotTitle}: award it to a bid or declare it unsuccessful.");
            }

            decision._lots.Add(LotAward.For(lot, chosen[0]));
        }

        var unknown = choices.FirstOrDefault(choice => candidates.All(lot => lot.LotId != choice.LotId));
        if (unknown is not null)
        {
            throw new DomainRuleException("A choice names a lot that is not in this tender.");
        }

        var summary = string.Join("; ", decision._lots.Select(lot => lot.Outcome == LotOutcome.Awarded
            ? $"lot {lot.LotNumber} to {lot.SupplierName} ({lot.Currency} {lot.Amount:N2}, rank {lot.Rank})"
            : $"lot {lot.LotNumber} unsuccessful"));
        return (decision, new AwardEvent(tenderId, AwardEventKind.Decided, decision.Id, $"round {round}: {summary}; standstill until {standstillEndsAt:yyyy-MM-dd HH:mm} UTC", by, now));
    }

    /// <summary>An upheld complaint withdraws the decision; the evaluation is reopened and a new decision follows.</summary>
    public AwardEvent Supersede(string reason, Guid by, DateTimeOffset now)
    {
        if (Status != AwardDecisionStatus.Standstill)
        {
            throw new DomainRuleException("Only a decision in its standstill period can be withdrawn.");
        }

        Status = AwardDecisionStatus.Superseded;
        SupersededAt = now;
        SupersededReason = reason;
        return new AwardEvent(TenderId, AwardEventKind.Superseded, Id, reason, by, now);
    }

    /// <summary>The standstill ended with no open complaint: the decision is final and its award notice is published now.</summary>
    public AwardEvent Finalise(Guid by, DateTimeOffset now)
    {
        if (Status != AwardDecisionStatus.Standstill)
        {
            throw new DomainRuleException("Only a decision in its standstill period can become final.");
        }

        if (now < StandstillEndsAt)
        {
            throw new DomainRuleException($"The standstill period runs until {StandstillEndsAt:yyyy-MM-dd HH:mm} UTC; the award cannot be final before.");
        }

        Status = AwardDecisionStatus.Final;
        FinalisedAt = now;
        NoticePublishedAt = now;
        return new AwardEvent(TenderId, AwardEventKind.Finalised, Id, $"award notice published; {(AnyLotAwarded ? "awarded" : "every lot unsuccessful")}", by, now);
    }

    /// <summary>Whether a complaint may be lodged against the decision at <paramref name="now"/>.</summary>
    public bool IsOpenToComplaints(DateTimeOffset now) => Status == AwardDecisionStatus.Standstill && now < StandstillEndsAt;
}

public enum AwardDecisionStatus
{
    /// <summary>Notified; the standstill period runs or has ended with a complaint still to decide.</summary>
    Standstill,

    /// <summary>Withdrawn after an upheld complaint; kept for the record.</summary>
    Superseded,

    /// <summary>Final: the award notice is published and contracts exist for the awarded lots.</summary>
    Final,
}

public enum LotOutcome
{
    Awarded,
    Unsuccessful,
}

/// <summary>A qualified bid the lot can be awarded to, with its place in the evaluation's ranking (1 is best).</summary>
public sealed record AwardCandidate(Guid BidId, Guid SupplierId, string SupplierName, int Rank, decimal Price, string Currency);

/// <summary>One lot as the evaluation left it: its ranked qualified bids and how many bids it received in all.</summary>
public sealed record LotCandidates(Guid LotId, int LotNumber, string LotTitle, IReadOnlyList<AwardCandidate> Ranking, int BidsReceived);

/// <summary>The officer's choice for a lot: a bid (and a justification when it is not the top-ranked), or no bid and the public reason.</summary>
public sealed record LotChoice(Guid LotId, Guid? BidId, string? Justification, string? UnsuccessfulReason);

/// <summary>One lot of an award decision.</summary>
public sealed class LotAward
{
    private LotAward()
    {
        LotTitle = string.Empty;
    }

    public Guid LotId { get; private set; }
    public int LotNumber { get; private set; }
    public string LotTitle { get; private set; }
    public LotOutcome Outcome { get; private set; }
    public Guid? BidId { get; private set; }
    public Guid? SupplierId { get; private set; }
    public string? SupplierName { get; private set; }
    public int? Rank { get; private set; }

    /// <summary>The awarded bid's price for the lot; the contract value.</summary>
    public decimal? Amount { get; private set; }

    public string? Currency { get; private set; }

    /// <summary>Why a bid other than the top-ranked one (or one of several tied first) was chosen; kept in the record.</summary>
    public string? Justification { get; private set; }

    /// <summary>Why no contract is awarded for the lot; published in the award notice.</summary>
    public string? UnsuccessfulReason { get; private set; }

    /// <summary>Bids received for the lot (qualified and disqualified), for the award notice.</summary>
    public int BidsReceived { get; private set; }

    internal static LotAward For(LotCandidates lot, LotChoice choice)
    {
        var award = new LotAward { LotId = lot.LotId, LotNumber = lot.LotNumber, LotTitle = lot.LotTitle, BidsReceived = lot.BidsReceived };
        if (choice.BidId is not { } bidId)
        {
            award.Outcome = LotOutcome.Unsuccessful;
            award.UnsuccessfulReason = Required(choice.UnsuccessfulReason, AwardDecision.MaxReasonLength,
                $"Give the reason lot {lot.LotNumber} is unsuccessful, at most {AwardDecision.MaxReasonLength:N0} characters; it is published.");
            return award;
        }

        var bid = lot.Ranking.FirstOrDefault(candidate => candidate.BidId == bidId)
            ?? throw new DomainRuleException($"Lot {lot.LotNumber} can be awarded only to one of its ranked, qualified bids.");
        var topRank = lot.Ranking.Min(candidate => candidate.Rank);
        var tiedFirst = lot.Ranking.Count(candidate => candidate.Rank == topRank) > 1;
        if (bid.Rank != topRank || tiedFirst)
        {
            award.Justification = Required(choice.Justification, AwardDecision.MaxJustificationLength, bid.Rank != topRank
                ? $"Lot {lot.LotNumber} goes to a bid that is not ranked first: record the justification, at most {AwardDecision.MaxJustificationLength:N0} characters."
                : $"Several bids share the first rank in lot {lot.LotNumber}: record how the tie was broken, at most {AwardDecision.MaxJustificationLength:N0} characters.");
        }

        award.Outcome = LotOutcome.Awarded;
        award.BidId = bid.BidId;
        award.SupplierId = bid.SupplierId;
        award.SupplierName = bid.SupplierName;
        award.Rank = bid.Rank;
        var price = new Money(bid.Price, bid.Currency);
        award.Amount = price.Amount;
        award.Currency = price.Currency;
        return award;
    }

    private static string Required(string? text, int maxLength, string message) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > maxLength ? throw new DomainRuleException(message) : text.Trim();
}
