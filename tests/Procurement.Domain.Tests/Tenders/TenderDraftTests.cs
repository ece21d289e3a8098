using Procurement.Domain.Tenders;

namespace Procurement.Domain.Tests.Tenders;

public sealed class TenderDraftTests
{
    [Fact]
    public void A_draft_keeps_its_lots_numbered_and_price_among_its_weighted_criteria()
    {
        var (tender, created) = Tender.Draft(TenderBuilder.Agency, TenderBuilder.Details(), TenderBuilder.Officer, TenderBuilder.Now);

        Assert.Equal(TenderStatus.Draft, tender.Status);
        Assert.Equal([1, 2], tender.Lots.Select(l => l.Number));
        Assert.Equal(new Money(250_000m, "GBP"), tender.Lots[0].EstimatedValue);
        Assert.Equal([("Price", 60, true), ("Technical merit", 30, false), ("Social value", 10, false)], tender.Criteria.Select(c => (c.Name, c.Weight, c.IsPrice)));
        Assert.Equal(TenderEventKind.DraftCreated, created.Kind);
        Assert.Null(tender.Reference);
    }

    [Fact]
    public void Lowest_price_has_price_as_its_only_criterion()
    {
        var tender = TenderBuilder.Draft(TenderBuilder.Details(EvaluationMethod.LowestPrice, priceWeight: null, criteria: []));

        Assert.Equal([("Price", 100)], tender.Criteria.Select(c => (c.Name, c.Weight)));
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_100_are_refused_with_the_total()
    {
        var details = TenderBuilder.Details(priceWeight: 50, criteria: [new CriterionDetails("Technical merit", 30)]);

        var problem = Assert.Single(details.Problems(TenderBuilder.Now));
        Assert.Equal(("Criteria", "The weights of price and the other criteria must add up to 100; they add up to 80."), problem);
        Assert.Throws<DomainRuleException>(() => TenderBuilder.Draft(details));
    }

    [Fact]
    public void Best_value_needs_price_to_carry_weight()
    {
        var details = TenderBuilder.Details(priceWeight: null, criteria: [new CriterionDetails("Technical merit", 100)]);

        Assert.Contains(details.Problems(TenderBuilder.Now), p => p.Field == "PriceWeight");
    }

    [Fact]
    public void A_tender_needs_at_least_one_lot()
    {
        Assert.Contains(TenderBuilder.Details(lots: []).Problems(TenderBuilder.Now), p => p.Field == "Lots" && p.Message.StartsWith("Add at least one lot", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_invalid_lot_field_is_named_by_its_position()
    {
        var bad = new LotDetails("", null, "4523", 0m, null, -1m, "pounds");
        var fields = TenderBuilder.Details(lots: [TenderBuilder.Lot(), bad]).Problems(TenderBuilder.Now).Select(p => p.Field);

        Assert.Equal(["Lots[1].Title", "Lots[1].CpvCode", "Lots[1].Quantity", "Lots[1].UnitCode", "Lots[1].EstimatedAmount", "Lots[1].Currency"], fields);
    }

    [Fact]
    public void Deadlines_must_be_in_the_future_and_clarification_before_submission()
    {
        Assert.Contains(TenderBuilder.Details(submissionDays: -1, clarificationDays: -2).Problems(TenderBuilder.Now), p => p.Message == "The submission deadline must be in the future.");
        Assert.Contains(
            TenderBuilder.Details(submissionDays: 20, clarificationDays: 20).Problems(TenderBuilder.Now),
            p => p.Field == "ClarificationDeadline" && p.Message.StartsWith("The clarification deadline must be before the submission deadline", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_a_draft_can_be_edited()
    {
        var tender = TenderBuilder.Published();

        var refused = Assert.Throws<DomainRuleException>(() => tender.Edit(TenderBuilder.Details(), TenderBuilder.Officer, TenderBuilder.Now));
        Assert.Contains("published tenders change only through an amendment", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_replaces_lots_and_criteria()
    {
        var tender = TenderBuilder.Draft();

        tender.Edit(TenderBuilder.Details(EvaluationMethod.LowestPrice, lots: [TenderBuilder.Lot("Only lot")]), TenderBuilder.Officer, TenderBuilder.Now);

        Assert.Equal("Only lot", Assert.Single(tender.Lots).Title);
        Assert.True(Assert.Single(tender.Criteria).IsPrice);
    }
}
