using System.Globalization;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;

namespace Procurement.Domain.Evaluation;

/// <summary>
/// The evaluation of a tender's opened bids by a committee the officer names: each member declares any conflict of
/// interest before seeing a bid, the chair records each bid's qualification, every member scores every qualified bid on
/// the non-price criteria, the chair sets the consensus scores and finalises. Every change returns an audited event the
/// caller records in the same unit of work.
/// </summary>
public sealed class TenderEvaluation
{
    public const int MaxJustificationLength = 2_000;
    public const int DefaultMinimumCommitteeMembers = 3;

    private readonly List<CommitteeMember> _members = [];
    private readonly List<BidQualification> _qualifications = [];
    private readonly List<MemberScore> _scores = [];
    private readonly List<ConsensusScore> _consensus = [];

    private TenderEvaluation()
    {
    }

    private TenderEvaluation(Guid tenderId, ScoreScale scale, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        Scale = scale;
        NamedBy = by;
        NamedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public ScoreScale Scale { get; private set; }
    public Guid NamedBy { get; private set; }
    public DateTimeOffset NamedAt { get; private set; }
    public DateTimeOffset? FinalisedAt { get; private set; }
    public Guid? FinalisedBy { get; private set; }

    public int ScaleMax => (int)Scale;
    public bool IsFinalised => FinalisedAt is not null;

    /// <summary>Every member ever named, including those removed by a declared conflict.</summary>
    public IReadOnlyList<CommitteeMember> Members => _members;

    public IReadOnlyList<BidQualification> Qualifications => _qualifications;
    public IReadOnlyList<MemberScore> Scores => _scores;
    public IReadOnlyList<ConsensusScore> Consensus => _consensus;

    public IEnumerable<CommitteeMember> ActiveMembers => _members.Where(m => m.IsActive);

    /// <summary>The chair, unless the chair declared a conflict and the officer has not named a new one.</summary>
    public CommitteeMember? Chair => _members.SingleOrDefault(m => m.IsActive && m.Role == CommitteeRole.Chair);

    public CommitteeMember? MemberOf(Guid userId) => _members.SingleOrDefault(m => m.UserId == userId);

    /// <summary>Only a member still on the committee who has declared no conflict sees the opened bids.</summary>
    public bool MaySeeBids(Guid userId) => MemberOf(userId) is { MaySeeBids: true };

    public BidQualification? QualificationOf(Guid bidId) => _qualifications.SingleOrDefault(q => q.BidId == bidId);

    public bool IsQualified(Guid bidId) => QualificationOf(bidId) is { Passed: true };

    /// <summary>The officer names the committee: members, one of them chair, and the scale. The tender must be opened.</summary>
    public static (TenderEvaluation Evaluation, EvaluationEvent Named) Name(
        Tender tender, ScoreScale scale, IReadOnlyList<Nominee> members, Guid chairUserId, int minimumMembers, Guid by, DateTimeOffset now)
    {
        if (tender.Status != TenderStatus.Opened)
        {
            throw new DomainRuleException("A committee is named once the bids are opened, and only once; add members to the committee named.");
        }

        if (!Enum.IsDefined(scale))
        {
            throw new DomainRuleException("Choose the score scale: 0 to 10 or 0 to 100.");
        }

        var distinct = members.DistinctBy(m => m.UserId).ToList();
        if (distinct.Count < minimumMembers)
        {
            throw new DomainRuleException($"Name at least {minimumMembers} members to the committee.");
        }

        if (distinct.All(m => m.UserId != chairUserId))
        {
            throw new DomainRuleException("Choose the chair among the members named.");
        }

        var evaluation = new TenderEvaluation(tender.Id, scale, by, now);
        evaluation._members.AddRange(distinct.Select(m => new CommitteeMember(m, m.UserId == chairUserId ? CommitteeRole.Chair : CommitteeRole.Member, now)));
        var detail = $"scale 0-{(int)scale}; " + string.Join(", ", evaluation._members.Select(m => $"{m.Name} ({m.UserId:D}){(m.Role == CommitteeRole.Chair ? " chair" : string.Empty)}"));
        return (evaluation, new EvaluationEvent(tender.Id, EvaluationEventKind.CommitteeNamed, detail, by, now));
    }

    /// <summary>The officer adds members and/or names a new chair (an active member, possibly one added now) until finalisation.</summary>
    public IReadOnlyList<EvaluationEvent> ChangeCommittee(IReadOnlyList<Nominee> newMembers, Guid chairUserId, Guid by, DateTimeOffset now)
    {
        EnsureOpen();
        var events = new List<EvaluationEvent>();
        foreach (var nominee in newMembers.DistinctBy(m => m.UserId))
        {
            if (MemberOf(nominee.UserId) is { } existing)
            {
                if (!existing.IsActive)
                {
                    throw new DomainRuleException($"{existing.Name} declared a conflict of interest and cannot rejoin the committee.");
                }

                continue;
            }

            _members.Add(new CommitteeMember(nominee, CommitteeRole.Member, now));
            events.Add(new EvaluationEvent(TenderId, EvaluationEventKind.MemberAdded, $"{nominee.Name} ({nominee.UserId:D})", by, now));
        }

        if (Chair?.UserId != chairUserId)
        {
            if (MemberOf(chairUserId) is not { IsActive: true } newChair)
            {
                throw new DomainRuleException("Choose the chair among the committee's members who have not declared a conflict.");
            }

            foreach (var member in _members.Where(m => m.Role == CommitteeRole.Chair))
            {
                member.Become(CommitteeRole.Member);
            }

            newChair.Become(CommitteeRole.Chair);
            events.Add(new EvaluationEvent(TenderId, EvaluationEventKind.ChairAppointed, $"{newChair.Name} ({newChair.UserId:D})", by, now));
        }

        if (events.Count == 0)
        {
            throw new DomainRuleException("Nothing changed: add a member or choose another chair.");
        }

        return events;
    }

    /// <summary>
    /// A member signs the conflict-of-interest declaration. No conflict: the member may see the bids. A conflict (with a
    /// statement, also after declaring none): the member leaves the committee; a chair's qualification decisions and
    /// consensus scores are cleared so that the new chair decides them afresh, and the member's own scores no longer count.
    /// </summary>
    public EvaluationEvent Declare(Guid userId, bool hasConflict, string? statement, DateTimeOffset now)
    {
        EnsureOpen();
        var member = MemberOf(userId) ?? throw new DomainRuleException("Only a member of the committee declares for this tender.");
        if (!member.IsActive)
        {
            throw new DomainRuleException("You declared a conflict of interest and are no longer on this committee.");
        }

        if (!hasConflict)
        {
            if (member.Declaration == Declaration.NoConflict)
            {
                throw new DomainRuleException("You have already declared no conflict of interest for this tender.");
            }

            member.DeclareNoConflict(now);
            return new EvaluationEvent(TenderId, EvaluationEventKind.NoConflictDeclared, $"{member.Name} ({member.UserId:D})", userId, now);
        }

        if (string.IsNullOrWhiteSpace(statement) || statement.Trim().Length > CommitteeMember.MaxStatementLength)
        {
            throw new DomainRuleException($"Describe the conflict of interest, at most {CommitteeMember.MaxStatementLength:N0} characters.");
        }

        var wasChair = member.Role == CommitteeRole.Chair;
        member.DeclareConflict(statement.Trim(), now);
        if (wasChair)
        {
            _qualifications.RemoveAll(q => q.RecordedBy == userId);
            _consensus.RemoveAll(c => c.SetBy == userId);
        }

        return new EvaluationEvent(
            TenderId, EvaluationEventKind.ConflictDeclared,
            $"{member.Name} ({member.UserId:D}){(wasChair ? ", the chair," : string.Empty)} removed from the committee: {statement.Trim()}", userId, now);
    }

    /// <summary>The chair records whether a bid passes qualification; a failure needs a reason; a bid whose opened content failed its integrity check cannot pass.</summary>
    public EvaluationEvent Qualify(Guid chairUserId, OpenedBid bid, bool passes, string? reason, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureDeclaredChair(chairUserId);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > BidQualification.MaxReasonLength })
        {
            throw new DomainRuleException($"The reason can be at most {BidQualification.MaxReasonLength:N0} characters.");
        }

        if (passes && bid.Integrity != BidIntegrity.Intact)
        {
            throw new DomainRuleException($"The bid of {bid.SupplierName} failed its integrity check at the opening ({bid.Integrity}) and cannot pass qualification.");
        }

        if (!passes && reason is null)
        {
            throw new DomainRuleException("Give the reason the bid fails qualification, e.g. a missing certificate.");
        }

        if (QualificationOf(bid.BidId) is { } recorded)
        {
            recorded.Record(passes, reason, chairUserId, now);
        }
        else
        {
            _qualifications.Add(new BidQualification(bid.BidId, passes, reason, chairUserId, now));
        }

        return passes
            ? new EvaluationEvent(TenderId, EvaluationEventKind.BidQualified, $"bid {bid.BidId:D} ({bid.SupplierName}) passes{(reason is null ? string.Empty : $": {reason}")}", chairUserId, now)
            : new EvaluationEvent(TenderId, EvaluationEventKind.BidDisqualified, $"bid {bid.BidId:D} ({bid.SupplierName}) fails: {reason}", chairUserId, now);
    }

    /// <summary>What is wrong with a member's scores for a form, as (field, message), e.g. <c>Scores[1].Justification</c>.</summary>
    public IReadOnlyList<(string Field, string Message)> ScoreProblems(IReadOnlyList<ScoreEntry> entries, bool consensus)
    {
        var problems = new List<(string, string)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Score is not { } score || score < 0 || score > ScaleMax || (!consensus && score != decimal.Truncate(score)) || decimal.Round(score, 2) != score)
            {
                problems.Add(($"Scores[{i}].Score", consensus
                    ? $"Give the consensus score for {entry.Criterion}: from 0 to {ScaleMax}, at most two decimals."
                    : $"Give a whole score for {entry.Criterion} from 0 to {ScaleMax}."));
            }

            if (string.IsNullOrWhiteSpace(entry.Justification) || entry.Justification.Trim().Length > MaxJustificationLength)
            {
                problems.Add(($"Scores[{i}].Justification", $"Justify the score for {entry.Criterion}, at most {MaxJustificationLength:N0} characters."));
            }
        }

        return problems;
    }

    /// <summary>A member who declared no conflict scores a qualified bid's offer on a lot, on every non-price criterion.</summary>
    public EvaluationEvent SubmitScores(Guid userId, Tender tender, OpenedBid bid, int lotNumber, IReadOnlyList<ScoreEntry> entries, DateTimeOffset now)
    {
        EnsureOpen();
        if (MemberOf(userId) is not { MaySeeBids: true } member)
        {
            throw new DomainRuleException("Declare that you have no conflict of interest before scoring.");
        }

        EnsureScorable(tender, bid, lotNumber, entries, consensus: false);
        foreach (var entry in entries)
        {
            var score = (int)entry.Score!.Value;
            var justification = entry.Justification!.Trim();
            if (_scores.SingleOrDefault(s => s.MemberUserId == userId && s.BidId == bid.BidId && s.LotNumber == lotNumber && s.Criterion == entry.Criterion) is { } existing)
            {
                existing.Revise(score, justification, now);
            }
            else
            {
                _scores.Add(new MemberScore(userId, bid.BidId, lotNumber, entry.Criterion, score, justification, now));
            }
        }

        return new EvaluationEvent(TenderId, EvaluationEventKind.ScoresSubmitted, $"{member.Name}: bid {bid.BidId:D} lot {lotNumber}: {Describe(entries)}", userId, now);
    }

    /// <summary>The scores of one criterion that count: those of members still on the committee.</summary>
    public IReadOnlyList<MemberScore> CountingScores(Guid bidId, int lotNumber, string criterion) =>
        _scores.Where(s => s.BidId == bidId && s.LotNumber == lotNumber && s.Criterion == criterion && MemberOf(s.MemberUserId) is { IsActive: true }).ToList();

    /// <summary>The average of the counting members' scores, rounded to two decimals: what the consensus form starts from.</summary>
    public decimal? AverageScore(Guid bidId, int lotNumber, string criterion)
    {
        var scores = CountingScores(bidId, lotNumber, criterion);
        return scores.Count == 0 ? null : EvaluationArithmetic.Round(scores.Average(s => (decimal)s.Score));
    }

    public ConsensusScore? ConsensusOf(Guid bidId, int lotNumber, string criterion) =>
        _consensus.SingleOrDefault(c => c.BidId == bidId && c.LotNumber == lotNumber && c.Criterion == criterion);

    /// <summary>The chair sets the consensus scores of a qualified bid's offer on a lot, once every member on the committee has scored it.</summary>
    public EvaluationEvent SetConsensus(Guid chairUserId, Tender tender, OpenedBid bid, int lotNumber, IReadOnlyList<ScoreEntry> entries, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureDeclaredChair(chairUserId);
        EnsureScorable(tender, bid, lotNumber, entries, consensus: true);
        var waiting = ActiveMembers.Where(m => entries.Any(e => !_scores.Any(s => s.MemberUserId == m.UserId && s.BidId == bid.BidId && s.LotNumber == lotNumber && s.Criterion == e.Criterion))).ToList();
        if (waiting.Count > 0)
        {
            throw new DomainRuleException($"Every member scores before the consensus is set; waiting for {string.Join(", ", waiting.Select(m => m.Name))}.");
        }

        foreach (var entry in entries)
        {
            var justification = entry.Justification!.Trim();
            if (ConsensusOf(bid.BidId, lotNumber, entry.Criterion) is { } existing)
            {
                existing.Revise(entry.Score!.Value, justification, chairUserId, now);
            }
            else
            {
                _consensus.Add(new ConsensusScore(bid.BidId, lotNumber, entry.Criterion, entry.Score!.Value, justification, chairUserId, now));
            }
        }

        return new EvaluationEvent(TenderId, EvaluationEventKind.ConsensusSet, $"bid {bid.BidId:D} lot {lotNumber}: {Describe(entries)}", chairUserId, now);
    }

    /// <summary>What still stands between the evaluation and its finalisation, in words; empty when the chair can finalise.</summary>
    public IReadOnlyList<string> Outstanding(Tender tender, OpeningRecord opening, int minimumMembers)
    {
        var outstanding = new List<string>();
        if (Chair is null)
        {
            outstanding.Add("The chair declared a conflict of interest: the officer names a new chair.");
        }

        var active = ActiveMembers.ToList();
        if (active.Count < minimumMembers)
        {
            outstanding.Add($"The committee has {active.Count} members; the officer adds members to reach at least {minimumMembers}.");
        }

        outstanding.AddRange(active.Where(m => m.Declaration == Declaration.Pending).Select(m => $"{m.Name} has not signed the conflict-of-interest declaration."));
        outstanding.AddRange(opening.Bids.Where(b => QualificationOf(b.BidId) is null).Select(b => $"Qualification of the bid of {b.SupplierName} is not recorded."));
        foreach (var (bid, lot, criterion) in ScoringItems(tender, opening))
        {
            foreach (var member in active.Where(m => !_scores.Any(s => s.MemberUserId == m.UserId && s.BidId == bid.BidId && s.LotNumber == lot && s.Criterion == criterion.Name)))
            {
                outstanding.Add($"{member.Name} has not scored {criterion.Name} for the bid of {bid.SupplierName}, lot {lot}.");
            }

            if (ConsensusOf(bid.BidId, lot, criterion.Name) is null)
            {
                outstanding.Add($"No consensus score for {criterion.Name} for the bid of {bid.SupplierName}, lot {lot}.");
            }
        }

        return outstanding;
    }

    /// <summary>The chair finalises: every member declared, every bid qualified or not, every qualified offer scored by all and agreed.</summary>
    public EvaluationEvent Finalise(Guid chairUserId, Tender tender, OpeningRecord opening, int minimumMembers, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureDeclaredChair(chairUserId);
        if (tender.Status != TenderStatus.Evaluation)
        {
            throw new DomainRuleException("The evaluation can be finalised only while the tender is in evaluation.");
        }

        var outstanding = Outstanding(tender, opening, minimumMembers);
        if (outstanding.Count > 0)
        {
            throw new DomainRuleException("The evaluation cannot be finalised yet: " + string.Join(" ", outstanding));
        }

        FinalisedAt = now;
        FinalisedBy = chairUserId;
        var summary = string.Join("; ", Outcome(tender, opening).Select(lot =>
            $"lot {lot.LotNumber}: " + string.Join(", ", lot.Ranking.Select(r => $"{r.Rank}. {r.Candidate.SupplierName} {r.TotalRounded.ToString("0.00", CultureInfo.InvariantCulture)}"))));
        return new EvaluationEvent(TenderId, EvaluationEventKind.Finalised, summary, chairUserId, now);
    }

    /// <summary>
    /// An upheld complaint sends the tender back to evaluation: the finalisation is cleared and the scores are kept, so
    /// the committee can revise them and the chair finalise again. Record the returned event in the same unit of work
    /// (<c>IEvaluationRepository.Record</c>).
    /// </summary>
    public EvaluationEvent Reopen(Guid by, DateTimeOffset now)
    {
        if (!IsFinalised)
        {
            throw new DomainRuleException("Only a finalised evaluation can be reopened.");
        }

        FinalisedAt = null;
        FinalisedBy = null;
        return new EvaluationEvent(TenderId, EvaluationEventKind.Reopened, "finalisation cleared; scores kept for revision", by, now);
    }

    /// <summary>
    /// Per lot, the qualified bids ranked (when every one of them has all its consensus scores; otherwise none is ranked
    /// yet) and the bids that failed qualification. A bid with no readable offer is listed as failed in every lot.
    /// </summary>
    public IReadOnlyList<LotOutcome> Outcome(Tender tender, OpeningRecord opening)
    {
        var priceWeight = tender.Criteria.Single(c => c.IsPrice).Weight;
        var criteria = tender.Criteria.Where(c => !c.IsPrice).ToList();
        var lots = new List<LotOutcome>();
        foreach (var lot in tender.Lots.OrderBy(l => l.Number))
        {
            var offering = opening.Bids.Where(b => b.Lots.Any(o => o.LotNumber == lot.Number) || b.Lots.Count == 0).ToList();
            var qualified = offering.Where(b => IsQualified(b.BidId) && b.Lots.Count > 0).ToList();
            var disqualified = offering.Where(b => QualificationOf(b.BidId) is { Passed: false }).ToList();
            var candidates = new List<Candidate>();
            var complete = true;
            foreach (var bid in qualified)
            {
                var offer = bid.Lots.Single(o => o.LotNumber == lot.Number);
                var scored = criteria.Select(c => (c, consensus: ConsensusOf(bid.BidId, lot.Number, c.Name))).ToList();
                if (scored.Any(s => s.consensus is null))
                {
                    complete = false;
                    continue;
                }

                candidates.Add(new Candidate(
                    bid.BidId, bid.SupplierId, bid.SupplierName, offer.Price.Amount, offer.Price.Currency, bid.ReceivedAt,
                    [.. scored.Select(s => new CandidateCriterion(s.c.Name, s.c.Weight, s.consensus!.Score, s.consensus.Justification))]));
            }

            lots.Add(new LotOutcome(lot.Number, lot.Title, complete, complete ? EvaluationArithmetic.Rank(candidates, priceWeight, ScaleMax) : [], disqualified));
        }

        return lots;
    }

    /// <summary>Every (qualified bid, lot it offers, non-price criterion) the committee scores.</summary>
    public IEnumerable<(OpenedBid Bid, int LotNumber, AwardCriterion Criterion)> ScoringItems(Tender tender, OpeningRecord opening) =>
        from bid in opening.Bids
        where IsQualified(bid.BidId)
        from offer in bid.Lots.OrderBy(o => o.LotNumber)
        from criterion in tender.Criteria.Where(c => !c.IsPrice)
        select (bid, offer.LotNumber, criterion);

    private static string Describe(IReadOnlyList<ScoreEntry> entries) =>
        string.Join("; ", entries.Select(e => $"{e.Criterion} {e.Score!.Value.ToString(CultureInfo.InvariantCulture)}: {e.Justification!.Trim()}"));

    private void EnsureOpen()
    {
        if (IsFinalised)
        {
            throw new DomainRuleException("The evaluation is finalised; it changes again only if it is reopened.");
        }
    }

    private void EnsureDeclaredChair(Guid userId)
    {
        if (Chair is not { } chair || chair.UserId != userId)
        {
            throw new DomainRuleException("Only the committee's chair can do this.");
        }

        if (!chair.MaySeeBids)
        {
            throw new DomainRuleException("Declare that you have no conflict of interest first.");
        }
    }

    private void EnsureScorable(Tender tender, OpenedBid bid, int lotNumber, IReadOnlyList<ScoreEntry> entries, bool consensus)
    {
        if (!IsQualified(bid.BidId))
        {
            throw new DomainRuleException($"The bid of {bid.SupplierName} has not passed qualification, so it is not scored.");
        }

        if (bid.Lots.All(o => o.LotNumber != lotNumber))
        {
            throw new DomainRuleException($"The bid of {bid.SupplierName} does not offer lot {lotNumber}.");
        }

        var criteria = tender.Criteria.Where(c => !c.IsPrice).Select(c => c.Name).ToList();
        if (criteria.Count == 0)
        {
            throw new DomainRuleException("This tender is awarded on the lowest price: there is nothing to score.");
        }

        if (entries.Count != criteria.Count || !criteria.All(name => entries.Any(e => e.Criterion == name)))
        {
            throw new DomainRuleException($"Score every non-price criterion: {string.Join(", ", criteria)}.");
        }

        if (ScoreProblems(entries, consensus) is { Count: > 0 } problems)
        {
            throw new DomainRuleException(problems[0].Message);
        }
    }
}

/// <summary>A score as entered for one criterion; null or out-of-range values are reported by <see cref="TenderEvaluation.ScoreProblems"/>.</summary>
public sealed record ScoreEntry(string Criterion, decimal? Score, string? Justification);

/// <summary>One lot's outcome: ranked when complete, and the bids that failed qualification.</summary>
public sealed record LotOutcome(int LotNumber, string LotTitle, bool Complete, IReadOnlyList<RankedCandidate> Ranking, IReadOnlyList<OpenedBid> Disqualified);
