using Procurement.Domain.Tenders;

namespace Procurement.Domain.Tests.Tenders;

public sealed class TenderAmendmentTests
{
    private static readonly DateTimeOffset _later = TenderBuilder.Now.AddDays(2);
    private static readonly Guid _amender = Guid.NewGuid();

    [Fact]
    public void A_published_tender_starts_at_version_1_and_a_draft_at_0()
    {
        Assert.Equal(0, TenderBuilder.Draft().Version);
        var tender = TenderBuilder.Published();

        Assert.Equal(1, tender.Version);
        Assert.Equal(TenderBuilder.Officer, tender.PublishedBy);
        Assert.Null(tender.LastAmendedAt);
        Assert.Null(tender.LastMaterialAmendmentAt);
    }

    [Fact]
    public void The_first_amendment_keeps_version_1_as_published_and_adds_version_2()
    {
        var tender = TenderBuilder.Published();
        var details = TenderBuilder.Details() with { Description = "Resurfacing and markings on 3.2 km of the A689." };

        var amended = tender.Amend(details, "The length of road was 3.2 km, not 3 km.", material: true, _amender, _later, TenderBuilder.Rules);

        Assert.Equal(2, tender.Version);
        Assert.Equal("Resurfacing and markings on 3.2 km of the A689.", tender.Description);
        Assert.Equal([1, 2], amended.Versions.Select(v => v.Number));
        var original = amended.Versions[0];
        Assert.Null(original.ChangeSummary);
        Assert.Equal(TenderBuilder.Officer, original.By);
        Assert.Equal(TenderBuilder.Now, original.At);
        Assert.Equal("Resurfacing and markings on 3 km of the A689.", original.Snapshot.Details.Description);
        var second = amended.Version;
        Assert.Equal("The length of road was 3.2 km, not 3 km.", second.ChangeSummary);
        Assert.True(second.Material);
        Assert.Equal(_amender, second.By);
        Assert.Equal(_later, second.At);
        Assert.Equal(details.Description, second.Snapshot.Details.Description);
        Assert.Equal(TenderEventKind.Amended, amended.Event.Kind);
        Assert.Equal("Version 2, material: The length of road was 3.2 km, not 3 km.", amended.Event.Detail);
        Assert.Equal(_later, tender.LastAmendedAt);
        Assert.Equal(_later, tender.LastMaterialAmendmentAt);
    }

    [Fact]
    public void Later_amendments_add_one_version_each()
    {
        var tender = TenderBuilder.Published();
        tender.Amend(TenderBuilder.Details() with { Title = "Resurfacing of the A689 (Sedgefield)" }, "Title names the section.", true, _amender, _later, TenderBuilder.Rules);

        var third = tender.Amend(TenderBuilder.Details() with { Title = "Resurfacing of the A689 (Wynyard)" }, "Title names the other end.", true, _amender, _later.AddHours(1), TenderBuilder.Rules);

        Assert.Equal(3, tender.Version);
        Assert.Equal(3, Assert.Single(third.Versions).Number);
    }

    [Fact]
    public void A_wording_fix_may_be_non_material_and_leaves_bids_alone()
    {
        var tender = TenderBuilder.Published();

        var amended = tender.Amend(TenderBuilder.Details() with { Title = "Resurfacing of the A689 road" }, "Clearer title.", material: false, _amender, _later, TenderBuilder.Rules);

        Assert.False(amended.Material);
        Assert.False(amended.Version.Material);
        Assert.Empty(amended.MaterialChanges);
        Assert.Equal(_later, tender.LastAmendedAt);
        Assert.Null(tender.LastMaterialAmendmentAt);
        Assert.StartsWith("Version 2, not material: ", amended.Event.Detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<TenderDetails, TenderDetails>> MaterialChanges() => new()
    {
        { "submission deadline", d => d with { SubmissionDeadline = d.SubmissionDeadline!.Value.AddDays(7) } },
        { "clarification deadline", d => d with { ClarificationDeadline = d.ClarificationDeadline!.Value.AddDays(1) } },
        { "lot 1 quantity", d => d with { Lots = [d.Lots[0] with { Quantity = 1300m }, d.Lots[1]] } },
        { "lot 2 unit", d => d with { Lots = [d.Lots[0], d.Lots[1] with { UnitCode = "KMT" }] } },
        { "lot 1 estimated value", d => d with { Lots = [d.Lots[0] with { EstimatedAmount = 260_000m }, d.Lots[1]] } },
        { "lot 2 CPV code", d => d with { Lots = [d.Lots[0], d.Lots[1] with { CpvCode = "45233222-1" }] } },
        { "a lot added", d => d with { Lots = [.. d.Lots, TenderBuilder.Lot("Drainage", "45232130-2")] } },
        { "weights", d => d with { PriceWeight = 70, Criteria = [new CriterionDetails("Technical merit", 20), new CriterionDetails("Social value", 10)] } },
        { "criteria", d => d with { Criteria = [new CriterionDetails("Technical merit", 30), new CriterionDetails("Carbon reduction", 10)] } },
        { "evaluation method", d => d with { EvaluationMethod = EvaluationMethod.LowestPrice } },
    };

    [Theory]
    [MemberData(nameof(MaterialChanges))]
    public void A_change_to_deadlines_lots_quantities_values_or_criteria_is_material_whatever_the_officer_chose(string change, Func<TenderDetails, TenderDetails> amend)
    {
        var tender = TenderBuilder.Published();

        var amended = tender.Amend(amend(TenderBuilder.Details()), "Changed.", material: false, _amender, _later, TenderBuilder.Rules);

        Assert.True(amended.Material);
        Assert.Contains(change, amended.MaterialChanges);
        Assert.Equal(_later, tender.LastMaterialAmendmentAt);
        Assert.Contains($"({string.Join(", ", amended.MaterialChanges)})", amended.Event.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_submission_deadline_can_be_extended_and_the_opening_key_must_follow()
    {
        var tender = TenderBuilder.Published();
        var details = TenderBuilder.Details(submissionDays: 40);

        var amended = tender.Amend(details, "Two more weeks for site visits.", true, _amender, _later, TenderBuilder.Rules);

        Assert.Equal(TenderBuilder.Now.AddDays(30), amended.PreviousSubmissionDeadline);
        Assert.Equal(TenderBuilder.Now.AddDays(40), tender.SubmissionDeadline);
        Assert.True(tender.OpeningKeyLagsDeadline);

        var key = tender.OpeningKey!;
        var postponed = new OpeningKey(key.PublicKey, key.Fingerprint, tender.SubmissionDeadline, key.WrapFormat, key.KeyEncryptionKeyId, new byte[12], new byte[48]);
        var moved = tender.PostponeOpening(postponed, _amender, _later);

        Assert.False(tender.OpeningKeyLagsDeadline);
        Assert.Equal(tender.SubmissionDeadline, tender.OpeningKey!.NotBefore);
        Assert.Equal(TenderEventKind.OpeningPostponed, moved.Kind);
        Assert.True(tender.IsOpenForBids(TenderBuilder.Now.AddDays(35)));
    }

    [Fact]
    public void The_opening_key_keeps_its_key_pair_and_its_deadline_binding()
    {
        var tender = TenderBuilder.Published();
        tender.Amend(TenderBuilder.Details(submissionDays: 40), "Extended.", true, _amender, _later, TenderBuilder.Rules);
        var key = tender.OpeningKey!;

        var otherPair = new OpeningKey(Enumerable.Repeat((byte)7, 32).ToArray(), "7777 7777", tender.SubmissionDeadline, key.WrapFormat, key.KeyEncryptionKeyId, new byte[12], new byte[48]);
        Assert.Equal(
            "A postponed opening keeps the tender's key pair: bids already sealed to its public key must still open.",
            Assert.Throws<DomainRuleException>(() => tender.PostponeOpening(otherPair, _amender, _later)).Message);

        var notTheDeadline = new OpeningKey(key.PublicKey, key.Fingerprint, tender.SubmissionDeadline.AddDays(1), key.WrapFormat, key.KeyEncryptionKeyId, new byte[12], new byte[48]);
        Assert.Equal(
            "The opening key must not be released before the submission deadline: its not-before time must be the deadline.",
            Assert.Throws<DomainRuleException>(() => tender.PostponeOpening(notTheDeadline, _amender, _later)).Message);

        var earlier = new OpeningKey(key.PublicKey, key.Fingerprint, key.NotBefore.AddDays(-1), key.WrapFormat, key.KeyEncryptionKeyId, new byte[12], new byte[48]);
        Assert.Equal(
            "The opening key can be postponed, never brought forward.",
            Assert.Throws<DomainRuleException>(() => tender.PostponeOpening(earlier, _amender, _later)).Message);
    }

    [Fact]
    public void The_submission_deadline_cannot_be_brought_forward()
    {
        var tender = TenderBuilder.Published();

        var problem = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details(submissionDays: 25), "Sooner.", true, _later, TenderBuilder.Rules));

        Assert.Equal("SubmissionDeadline", problem.Field);
        Assert.Equal(
            "The submission deadline can be extended but not brought forward: it is 23 December 2026 09:00 UTC and suppliers are preparing their bids for it. Choose that time or later.",
            problem.Message);
        var refused = Assert.Throws<DomainRuleException>(() => tender.Amend(TenderBuilder.Details(submissionDays: 25), "Sooner.", true, _amender, _later, TenderBuilder.Rules));
        Assert.Equal(problem.Message, refused.Message);
        Assert.Equal(1, tender.Version);
        Assert.Equal(TenderBuilder.Now.AddDays(30), tender.SubmissionDeadline);
    }

    [Fact]
    public void The_submission_deadline_must_stay_in_the_future()
    {
        var tender = TenderBuilder.Published();
        var now = TenderBuilder.Now.AddDays(29);

        var problems = tender.AmendmentProblems(TenderBuilder.Details(submissionDays: 30) with { SubmissionDeadline = now }, "Now.", true, now, TenderBuilder.Rules);

        Assert.Contains(("SubmissionDeadline", "The submission deadline must be in the future."), problems);
    }

    [Fact]
    public void The_clarification_deadline_can_be_extended_not_brought_forward_and_must_stay_before_the_submission_deadline()
    {
        var tender = TenderBuilder.Published();

        var sooner = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details(clarificationDays: 15), "Sooner.", true, _later, TenderBuilder.Rules));
        Assert.Equal(("ClarificationDeadline", "The clarification deadline can be extended but not brought forward: it is 13 December 2026 09:00 UTC. Choose that time or later, before the submission deadline."), sooner);

        var afterSubmission = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details(clarificationDays: 31), "Later.", true, _later, TenderBuilder.Rules));
        Assert.Equal(("ClarificationDeadline", "The clarification deadline must be before the submission deadline, so that answers reach suppliers before they bid."), afterSubmission);
    }

    [Fact]
    public void A_clarification_deadline_already_passed_may_stay_as_it_is()
    {
        var tender = TenderBuilder.Published();
        var afterQuestions = TenderBuilder.Now.AddDays(21);

        var amended = tender.Amend(TenderBuilder.Details() with { Title = "Resurfacing of the A689 road" }, "Clearer title.", false, _amender, afterQuestions, TenderBuilder.Rules);

        Assert.Equal(2, tender.Version);
        Assert.False(amended.Material);
    }

    [Fact]
    public void Lots_cannot_be_removed_but_can_be_added()
    {
        var tender = TenderBuilder.Published();

        var problem = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details(lots: [TenderBuilder.Lot()]), "One lot.", true, _later, TenderBuilder.Rules));
        Assert.Equal(("Lots", "Lots cannot be removed from a published tender: withdrawing lot 2 (Road markings) would cancel that lot. Keep all 2 lots; you can change their texts, quantities and values, and add lots."), problem);

        tender.Amend(TenderBuilder.Details(lots: [TenderBuilder.Lot(), TenderBuilder.Lot("Road markings", "45233221-4"), TenderBuilder.Lot("Drainage", "45232130-2")]), "A drainage lot.", true, _amender, _later, TenderBuilder.Rules);
        Assert.Equal([1, 2, 3], tender.Lots.Select(l => l.Number));
    }

    [Fact]
    public void Weights_must_still_add_up_to_100()
    {
        var tender = TenderBuilder.Published();

        var problems = tender.AmendmentProblems(TenderBuilder.Details(priceWeight: 70), "More weight on price.", true, _later, TenderBuilder.Rules);

        Assert.Equal([("Criteria", "The weights of price and the other criteria must add up to 100; they add up to 110.")], problems);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_change_summary_is_required(string? summary)
    {
        var tender = TenderBuilder.Published();

        var problem = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details() with { Title = "New title" }, summary, true, _later, TenderBuilder.Rules));

        Assert.Equal(("ChangeSummary", "Summarise what the amendment changes and why, at most 2,000 characters; it is published with the new version and sent to interested suppliers."), problem);
    }

    [Fact]
    public void A_change_summary_over_2000_characters_is_refused()
    {
        var tender = TenderBuilder.Published();

        var problems = tender.AmendmentProblems(TenderBuilder.Details() with { Title = "New title" }, new string('a', 2_001), true, _later, TenderBuilder.Rules);

        Assert.Equal("ChangeSummary", Assert.Single(problems).Field);
        Assert.Empty(tender.AmendmentProblems(TenderBuilder.Details() with { Title = "New title" }, new string('a', 2_000), true, _later, TenderBuilder.Rules));
    }

    [Fact]
    public void An_amendment_that_changes_nothing_is_refused()
    {
        var tender = TenderBuilder.Published();

        var problem = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details() with { Title = "  Resurfacing of the A689 " }, "Nothing really.", true, _later, TenderBuilder.Rules));

        Assert.Equal((string.Empty, "The amendment changes nothing: change the tender's details, then save the amendment."), problem);
    }

    [Fact]
    public void The_procedure_cannot_change()
    {
        var tender = TenderBuilder.Published();

        var problem = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details() with { Procedure = ProcurementProcedure.RequestForQuotations }, "Simpler.", true, _later, TenderBuilder.Rules));

        Assert.Equal(("Procedure", "The procedure cannot change once the tender is published; cancel the tender and publish a new one under the other procedure."), problem);
    }

    [Fact]
    public void A_material_amendment_leaves_suppliers_the_minimum_days_before_the_deadline()
    {
        var tender = TenderBuilder.Published();
        var lateInThePeriod = TenderBuilder.Now.AddDays(27);
        var details = TenderBuilder.Details() with { Description = "A changed scope." };

        var problem = Assert.Single(tender.AmendmentProblems(details, "Scope changed.", true, lateInThePeriod, TenderBuilder.Rules));
        Assert.Equal(("SubmissionDeadline",
            "After a material amendment suppliers need at least 6 days before the submission deadline to take it into account: extend it to 26 December 2026 09:00 UTC or later, " +
            "or mark the amendment as not material if it only corrects wording."), problem);

        // A forced material change cannot be marked non-material, so the message does not offer it.
        var forced = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details(submissionDays: 31), "One more day.", false, lateInThePeriod, TenderBuilder.Rules));
        Assert.Equal("After a material amendment suppliers need at least 6 days before the submission deadline to take it into account: extend it to 26 December 2026 09:00 UTC or later.", forced.Message);

        Assert.Empty(tender.AmendmentProblems(details, "Wording.", false, lateInThePeriod, TenderBuilder.Rules));
        Assert.Empty(tender.AmendmentProblems(TenderBuilder.Details(submissionDays: 33, clarificationDays: 20), "Three more days.", true, lateInThePeriod, TenderBuilder.Rules));
    }

    [Fact]
    public void Amendment_is_refused_after_the_submission_deadline()
    {
        var tender = TenderBuilder.Published();
        var afterDeadline = TenderBuilder.Now.AddDays(30);

        var problem = Assert.Single(tender.AmendmentProblems(TenderBuilder.Details(submissionDays: 40), "Too late.", true, afterDeadline, TenderBuilder.Rules));

        Assert.Equal((string.Empty, "The submission deadline passed on 23 December 2026 09:00 UTC, so the tender can no longer be amended: bids are sealed for opening. Cancel it if it cannot go ahead as published."), problem);
        Assert.Throws<DomainRuleException>(() => tender.Amend(TenderBuilder.Details(submissionDays: 40), "Too late.", true, _amender, afterDeadline, TenderBuilder.Rules));
    }

    [Fact]
    public void Only_published_tenders_can_be_amended()
    {
        var draft = TenderBuilder.Draft();
        Assert.Equal("This tender is a draft: edit it instead; amendments are for published tenders.", Assert.Single(draft.AmendmentProblems(TenderBuilder.Details(), "x", true, _later, TenderBuilder.Rules)).Message);

        var scheduled = TenderBuilder.Draft();
        scheduled.SchedulePublication(TenderBuilder.Now.AddDays(1), TenderBuilder.Rules, TenderBuilder.Officer, TenderBuilder.Now);
        Assert.Equal("This tender is scheduled for publication: cancel the schedule and edit the draft instead.", Assert.Single(scheduled.AmendmentProblems(TenderBuilder.Details(), "x", true, _later, TenderBuilder.Rules)).Message);

        var cancelled = TenderBuilder.Published();
        cancelled.Cancel("Budget withdrawn.", TenderBuilder.Officer, _later);
        Assert.Equal("This tender is cancelled and cannot be amended.", Assert.Single(cancelled.AmendmentProblems(TenderBuilder.Details(), "x", true, _later, TenderBuilder.Rules)).Message);
        Assert.Throws<DomainRuleException>(() => cancelled.Amend(TenderBuilder.Details(submissionDays: 40), "x", true, _amender, _later, TenderBuilder.Rules));
    }

    [Fact]
    public void Lot_problems_keep_their_form_field_names()
    {
        var tender = TenderBuilder.Published();
        var details = TenderBuilder.Details(lots: [TenderBuilder.Lot() with { Quantity = 0 }, TenderBuilder.Lot("Road markings", "45233221-4")]);

        var problem = Assert.Single(tender.AmendmentProblems(details, "Quantity.", true, _later, TenderBuilder.Rules));

        Assert.Equal("Lots[0].Quantity", problem.Field);
    }
}
