using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;
using Procurement.Domain.Tests.Tenders;

namespace Procurement.Domain.Tests.Bids;

public sealed class BidTests
{
    private static readonly Guid Supplier = Guid.NewGuid();
    private static readonly DateTimeOffset BeforeDeadline = TenderBuilder.Now.AddDays(29);

    [Fact]
    public void A_first_submission_is_version_1_and_each_later_one_replaces_it()
    {
        var tender = TenderBuilder.Published();
        var bid = Bid.Start(tender.Id, Supplier);

        Assert.Equal(1, bid.NextVersion);
        Assert.Equal(BidChange.Submitted, bid.Submit(tender, BeforeDeadline));
        Assert.Equal(BidChange.Replaced, bid.Submit(tender, BeforeDeadline.AddMinutes(1)));
        Assert.Equal(2, bid.Version);
        Assert.Equal(BidStatus.Submitted, bid.Status);
        Assert.Equal(BeforeDeadline.AddMinutes(1), bid.SubmittedAt);
    }

    [Fact]
    public void A_withdrawn_bid_submitted_again_is_a_new_submission_with_the_next_version()
    {
        var tender = TenderBuilder.Published();
        var bid = Bid.Start(tender.Id, Supplier);
        bid.Submit(tender, BeforeDeadline);

        bid.Withdraw(tender, BeforeDeadline.AddMinutes(1));
        Assert.Equal(BidStatus.Withdrawn, bid.Status);
        Assert.Equal("This bid is already withdrawn.", Assert.Throws<DomainRuleException>(() => bid.Withdraw(tender, BeforeDeadline.AddMinutes(2))).Message);

        Assert.Equal(BidChange.Submitted, bid.Submit(tender, BeforeDeadline.AddMinutes(3)));
        Assert.Equal(2, bid.Version);
        Assert.Null(bid.WithdrawnAt);
    }

    [Fact]
    public void Nothing_is_accepted_at_or_after_the_deadline_and_the_message_gives_the_deadline()
    {
        var tender = TenderBuilder.Published();
        var bid = Bid.Start(tender.Id, Supplier);

        var late = Assert.Throws<DomainRuleException>(() => bid.Submit(tender, tender.SubmissionDeadline));

        Assert.Equal("The deadline for bids passed at 23 December 2026 09:00:00 UTC; bids can no longer be submitted.", late.Message);
        Assert.Equal(0, bid.Version);
        Assert.Throws<DomainRuleException>(() => bid.Withdraw(tender, tender.SubmissionDeadline.AddTicks(1)));
    }

    [Fact]
    public void A_cancelled_or_opened_tender_takes_no_bid()
    {
        var cancelled = TenderBuilder.Published();
        cancelled.Cancel("Budget withdrawn.", TenderBuilder.Officer, BeforeDeadline);
        Assert.Equal("This tender was cancelled; bids can no longer be submitted.", Assert.Throws<DomainRuleException>(() => Bid.Start(cancelled.Id, Supplier).Submit(cancelled, BeforeDeadline)).Message);

        var opened = TenderBuilder.Published();
        opened.RecordOpening(0, opened.SubmissionDeadline);
        Assert.Equal("The bids of this tender have been opened; bids can no longer be submitted.", Assert.Throws<DomainRuleException>(() => Bid.Start(opened.Id, Supplier).Submit(opened, BeforeDeadline)).Message);
    }

    [Fact]
    public void A_bid_submitted_before_a_material_amendment_is_flagged()
    {
        var tender = TenderBuilder.Published();
        var bid = Bid.Start(tender.Id, Supplier);
        bid.Submit(tender, BeforeDeadline);

        Assert.True(bid.PredatesAmendment(BeforeDeadline.AddSeconds(1)));
        Assert.False(bid.PredatesAmendment(BeforeDeadline.AddSeconds(-1)));
        Assert.False(bid.PredatesAmendment(null));
    }

    [Fact]
    public void Bids_are_opened_only_at_or_after_the_deadline_and_only_once()
    {
        var tender = TenderBuilder.Published();

        Assert.Equal("Bids cannot be opened before the submission deadline.", Assert.Throws<DomainRuleException>(() => tender.RecordOpening(3, tender.SubmissionDeadline.AddTicks(-10))).Message);
        var opened = tender.RecordOpening(3, tender.SubmissionDeadline);

        Assert.Equal(TenderEventKind.BidsOpened, opened.Kind);
        Assert.Equal(TenderStatus.Opened, tender.Status);
        Assert.Equal("The bids of this tender are already opened.", Assert.Throws<DomainRuleException>(() => tender.RecordOpening(3, tender.SubmissionDeadline)).Message);
        Assert.Throws<DomainRuleException>(() => tender.Cancel("Too late.", TenderBuilder.Officer, tender.SubmissionDeadline));
    }
}
