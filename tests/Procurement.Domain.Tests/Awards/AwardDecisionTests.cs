using Procurement.Domain.Awards;

namespace Procurement.Domain.Tests.Awards;

public sealed class AwardDecisionTests
{
    [Fact]
    public void The_top_ranked_bid_is_awarded_without_justification()
    {
        var lot = Awards.Lot(1);

        var (decision, decided) = Awards.Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[0].BidId, null, null)]);

        var award = Assert.Single(decision.Lots);
        Assert.Equal(LotOutcome.Awarded, award.Outcome);
        Assert.Equal(lot.Ranking[0].SupplierId, award.SupplierId);
        Assert.Equal(100_000m, award.Amount);
        Assert.Null(award.Justification);
        Assert.Equal(3, award.BidsReceived);
        Assert.Equal(AwardDecisionStatus.Standstill, decision.Status);
        Assert.Equal(AwardEventKind.Decided, decided.Kind);
    }

    [Fact]
    public void Another_ranked_bid_needs_a_recorded_justification()
    {
        var lot = Awards.Lot(1);

        var refused = Assert.Throws<DomainRuleException>(() => Awards.Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[1].BidId, " ", null)]));
        Assert.Contains("not ranked first", refused.Message, StringComparison.Ordinal);

        var (decision, _) = Awards.Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[1].BidId, " The first-ranked supplier withdrew. ", null)]);
        Assert.Equal("The first-ranked supplier withdrew.", decision.Lots[0].Justification);
        Assert.Equal(2, decision.Lots[0].Rank);
    }

    [Fact]
    public void A_tie_for_first_place_needs_a_justification_too()
    {
        var lot = Awards.Lot(1, tiedFirst: true);

        Assert.Throws<DomainRuleException>(() => Awards.Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[0].BidId, null, null)]));
        var (decision, _) = Awards.Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[0].BidId, "Tie broken by the lower price, as the documents say.", null)]);
        Assert.Equal(LotOutcome.Awarded, decision.Lots[0].Outcome);
    }

    [Fact]
    public void A_bid_outside_the_ranking_cannot_be_awarded()
    {
        var lot = Awards.Lot(1);

        Assert.Throws<DomainRuleException>(() => Awards.Decide([lot], [new LotChoice(lot.LotId, Guid.NewGuid(), "Because.", null)]));
    }

    [Fact]
    public void An_unsuccessful_lot_needs_a_public_reason()
    {
        var lot = Awards.Lot(1);

        Assert.Throws<DomainRuleException>(() => Awards.Decide([lot], [new LotChoice(lot.LotId, null, null, "")]));
        var (decision, _) = Awards.Decide([lot], [new LotChoice(lot.LotId, null, null, "Every price exceeds the budget.")]);

        Assert.Equal(LotOutcome.Unsuccessful, decision.Lots[0].Outcome);
        Assert.Equal("Every price exceeds the budget.", decision.Lots[0].UnsuccessfulReason);
        Assert.False(decision.AnyLotAwarded);
    }

    [Fact]
    public void Every_lot_must_be_decided_once()
    {
        var first = Awards.Lot(1);
        var second = Awards.Lot(2);

        Assert.Throws<DomainRuleException>(() => Awards.Decide([first, second], [new LotChoice(first.LotId, first.Ranking[0].BidId, null, null)]));
        Assert.Throws<DomainRuleException>(() => Awards.Decide([first], [
            new LotChoice(first.LotId, first.Ranking[0].BidId, null, null),
            new LotChoice(first.LotId, null, null, "No."),
        ]));
    }

    [Fact]
    public void The_decision_becomes_final_only_after_the_standstill()
    {
        var lot = Awards.Lot(1);
        var (decision, _) = Awards.Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[0].BidId, null, null)]);

        Assert.Throws<DomainRuleException>(() => decision.Finalise(Guid.Empty, Awards.StandstillEnds.AddSeconds(-1)));
        var finalised = decision.Finalise(Guid.Empty, Awards.StandstillEnds);

        Assert.Equal(AwardDecisionStatus.Final, decision.Status);
        Assert.Equal(Awards.StandstillEnds, decision.NoticePublishedAt);
        Assert.Equal(AwardEventKind.Finalised, finalised.Kind);
        var (contract, created) = Assert.Single(Contract.ForFinalDecision(decision, Awards.StandstillEnds));
        Assert.Equal(lot.Ranking[0].SupplierId, contract.SupplierId);
        Assert.Equal(new Money(100_000m, "EUR"), contract.Value);
        Assert.Equal(AwardEventKind.ContractCreated, created.Kind);
    }

    [Fact]
    public void A_superseded_decision_can_no_longer_become_final()
    {
        var lot = Awards.Lot(1);
        var (decision, _) = Awards.Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[0].BidId, null, null)]);

        decision.Supersede("Complaint upheld: the scores of criterion 2 were miscounted.", Awards.Officer, Awards.Now.AddDays(3));

        Assert.Equal(AwardDecisionStatus.Superseded, decision.Status);
        Assert.False(decision.IsOpenToComplaints(Awards.Now.AddDays(3)));
        Assert.Throws<DomainRuleException>(() => decision.Finalise(Guid.Empty, Awards.StandstillEnds));
    }
}

/// <summary>Builders for award tests.</summary>
internal static class Awards
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset StandstillEnds = new(2026, 3, 13, 0, 0, 0, TimeSpan.Zero);
    public static readonly Guid Officer = Guid.NewGuid();

    public static LotCandidates Lot(int number, bool tiedFirst = false) => new(
        Guid.NewGuid(), number, $"Lot {number}",
        [
            new AwardCandidate(Guid.NewGuid(), Guid.NewGuid(), "Alpha Ltd", 1, 100_000m, "EUR"),
            new AwardCandidate(Guid.NewGuid(), Guid.NewGuid(), "Beta Ltd", tiedFirst ? 1 : 2, 95_000m, "EUR"),
        ],
        BidsReceived: 3);

    public static (AwardDecision Decision, AwardEvent Event) Decide(IReadOnlyList<LotCandidates> lots, IReadOnlyList<LotChoice> choices) =>
        AwardDecision.Decide(Guid.NewGuid(), 1, lots, choices, StandstillEnds, Officer, Now);

    public static AwardDecision Decided()
    {
        var lot = Lot(1);
        return Decide([lot], [new LotChoice(lot.LotId, lot.Ranking[0].BidId, null, null)]).Decision;
    }
}
