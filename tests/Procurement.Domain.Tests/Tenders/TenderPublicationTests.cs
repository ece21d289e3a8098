using Procurement.Domain.Tenders;

namespace Procurement.Domain.Tests.Tenders;

public sealed class TenderPublicationTests
{
    [Fact]
    public void Publishing_gives_the_reference_ocid_and_opening_key()
    {
        var tender = TenderBuilder.Draft();

        var published = tender.Publish(TenderBuilder.Now, "PRC-2026-000123", "ocds-prc000-PRC-2026-000123", TenderBuilder.KeyFor(tender), TenderBuilder.Rules, TenderBuilder.Officer);

        Assert.Equal(TenderStatus.Published, tender.Status);
        Assert.Equal("PRC-2026-000123", tender.Reference);
        Assert.Equal(TenderBuilder.Now, tender.PublishedAt);
        Assert.Equal(tender.SubmissionDeadline, tender.OpeningKey!.NotBefore);
        Assert.Equal(TenderEventKind.Published, published.Kind);
        Assert.True(tender.IsOpenForBids(TenderBuilder.Now.AddDays(29)));
        Assert.False(tender.IsOpenForBids(TenderBuilder.Now.AddDays(30)));
    }

    [Fact]
    public void A_submission_period_under_the_minimum_is_refused_unless_justified()
    {
        var tender = TenderBuilder.Draft(TenderBuilder.Details(submissionDays: 5, clarificationDays: 3));

        var problem = Assert.Single(tender.PublicationProblems(TenderBuilder.Now, TenderBuilder.Rules));
        Assert.Equal("SubmissionDeadline", problem.Field);
        Assert.StartsWith("The submission deadline is only 5 days after publication; the minimum is 10 days.", problem.Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => tender.Publish(TenderBuilder.Now, "PRC-2026-000002", "ocds-prc000-PRC-2026-000002", TenderBuilder.KeyFor(tender), TenderBuilder.Rules, TenderBuilder.Officer));

        var justified = TenderBuilder.Draft(TenderBuilder.Details(submissionDays: 5, clarificationDays: 3, justification: "Urgent repair after flood damage."));
        Assert.Empty(justified.PublicationProblems(TenderBuilder.Now, TenderBuilder.Rules));
    }

    [Fact]
    public void The_minimum_period_comes_from_configuration()
    {
        var tender = TenderBuilder.Draft(TenderBuilder.Details(submissionDays: 15, clarificationDays: 10));

        Assert.Empty(tender.PublicationProblems(TenderBuilder.Now, new TenderRules(10)));
        Assert.NotEmpty(tender.PublicationProblems(TenderBuilder.Now, new TenderRules(35)));
    }

    [Fact]
    public void The_opening_key_must_not_open_before_the_deadline()
    {
        var tender = TenderBuilder.Draft();
        var early = new OpeningKey(new byte[32], "F", tender.SubmissionDeadline.AddDays(-1), "procurement/opening-key/v1", "kek", new byte[12], new byte[48]);

        Assert.Throws<DomainRuleException>(() => tender.Publish(TenderBuilder.Now, "PRC-2026-000003", "ocds-prc000-PRC-2026-000003", early, TenderBuilder.Rules, TenderBuilder.Officer));
        Assert.Equal(TenderStatus.Draft, tender.Status);
    }

    [Fact]
    public void A_scheduled_tender_is_checked_against_its_publication_time_and_can_go_back_to_draft()
    {
        var tender = TenderBuilder.Draft(TenderBuilder.Details(submissionDays: 14, clarificationDays: 10));

        Assert.Throws<DomainRuleException>(() => tender.SchedulePublication(TenderBuilder.Now.AddDays(7), TenderBuilder.Rules, TenderBuilder.Officer, TenderBuilder.Now));
        tender.SchedulePublication(TenderBuilder.Now.AddDays(2), TenderBuilder.Rules, TenderBuilder.Officer, TenderBuilder.Now);
        Assert.Equal(TenderStatus.Scheduled, tender.Status);
        Assert.Throws<DomainRuleException>(() => tender.Edit(TenderBuilder.Details(), TenderBuilder.Officer, TenderBuilder.Now));

        tender.Unschedule(TenderBuilder.Officer, TenderBuilder.Now);
        Assert.Equal(TenderStatus.Draft, tender.Status);
        Assert.Null(tender.ScheduledPublicationAt);
    }

    [Fact]
    public void Cancelling_needs_a_reason_which_is_kept()
    {
        var tender = TenderBuilder.Published();

        Assert.Throws<DomainRuleException>(() => tender.Cancel("  ", TenderBuilder.Officer, TenderBuilder.Now));
        tender.Cancel("The budget was withdrawn.", TenderBuilder.Officer, TenderBuilder.Now.AddDays(1));

        Assert.Equal(TenderStatus.Cancelled, tender.Status);
        Assert.Equal("The budget was withdrawn.", tender.CancellationReason);
        Assert.False(tender.IsOpenForBids(TenderBuilder.Now.AddDays(2)));
        Assert.Throws<DomainRuleException>(() => tender.Cancel("Again.", TenderBuilder.Officer, TenderBuilder.Now));
    }

    [Theory]
    [InlineData(2026, 123, "PRC-2026-000123")]
    [InlineData(2027, 1234567, "PRC-2027-1234567")]
    public void References_are_the_year_and_a_zero_padded_number(int year, long number, string expected)
    {
        Assert.Equal(expected, TenderReference.Format(year, number));
        Assert.True(TenderReference.IsReference(expected));
    }

    [Fact]
    public void The_ocid_is_the_registered_prefix_and_the_reference()
    {
        Assert.Equal("ocds-prc000-PRC-2026-000123", TenderReference.Ocid("ocds-prc000", "PRC-2026-000123"));
        Assert.Throws<DomainRuleException>(() => TenderReference.Ocid("prc", "PRC-2026-000123"));
    }
}
