using Procurement.Domain.Audit;
using Procurement.Domain.Tenders;

namespace Procurement.Domain.Tests.Tenders;

public sealed class ClarificationTests
{
    private static readonly Guid _supplier = Guid.NewGuid();
    private static readonly Guid _asker = Guid.NewGuid();

    [Fact]
    public void A_question_about_a_published_tender_is_kept_with_its_asker_and_audited()
    {
        var tender = TenderBuilder.Published();

        var (clarification, asked) = Clarification.Ask(tender, _supplier, _asker, "  Is night work allowed?  ", TenderBuilder.Now.AddDays(1));

        Assert.Equal(("Is night work allowed?", _supplier, _asker, false), (clarification.Question, clarification.SupplierId, clarification.AskedBy, clarification.IsAnswered));
        IAuditedEvent audited = asked;
        Assert.Equal(("clarification.asked", $"tender:{tender.Id:D}", _asker), (audited.AuditAction, audited.AuditSubject, audited.AuditActor));
    }

    [Fact]
    public void Questions_are_refused_from_the_clarification_deadline_on()
    {
        var tender = TenderBuilder.Published();

        var refused = Assert.Throws<DomainRuleException>(() => Clarification.Ask(tender, _supplier, _asker, "Too late?", tender.ClarificationDeadline));
        Assert.StartsWith("The deadline for questions passed on", refused.Message, StringComparison.Ordinal);
        Clarification.Ask(tender, _supplier, _asker, "Just in time?", tender.ClarificationDeadline.AddSeconds(-1));
    }

    [Fact]
    public void Questions_are_refused_for_drafts_and_cancelled_tenders_and_when_empty_or_too_long()
    {
        Assert.Throws<DomainRuleException>(() => Clarification.Ask(TenderBuilder.Draft(), _supplier, _asker, "Draft?", TenderBuilder.Now));
        var cancelled = TenderBuilder.Published();
        cancelled.Cancel("Budget withdrawn.", TenderBuilder.Officer, TenderBuilder.Now);
        Assert.Contains("cancelled", Assert.Throws<DomainRuleException>(() => Clarification.Ask(cancelled, _supplier, _asker, "Still on?", TenderBuilder.Now)).Message, StringComparison.Ordinal);

        var tender = TenderBuilder.Published();
        Assert.Throws<DomainRuleException>(() => Clarification.Ask(tender, _supplier, _asker, "   ", TenderBuilder.Now));
        Assert.Throws<DomainRuleException>(() => Clarification.Ask(tender, _supplier, _asker, new string('x', Clarification.MaxQuestionLength + 1), TenderBuilder.Now));
    }

    [Fact]
    public void Publishing_an_answer_keeps_the_officers_wording_of_the_question_and_is_audited()
    {
        var tender = TenderBuilder.Published();
        var (clarification, _) = Clarification.Ask(tender, _supplier, _asker, "Acme Ltd asks: is night work allowed?", TenderBuilder.Now);

        var answered = clarification.Publish(tender, "Is night work allowed?", "Yes, between 22:00 and 06:00.", TenderBuilder.Officer, TenderBuilder.Now.AddDays(2));

        Assert.Equal(("Is night work allowed?", "Yes, between 22:00 and 06:00.", true), (clarification.PublishedQuestion, clarification.Answer, clarification.IsAnswered));
        Assert.Equal("Acme Ltd asks: is night work allowed?", clarification.Question);
        IAuditedEvent audited = answered;
        Assert.Equal(("clarification.answered", TenderBuilder.Officer), (audited.AuditAction, audited.AuditActor));
        Assert.Throws<DomainRuleException>(() => clarification.Publish(tender, "Again?", "Again.", TenderBuilder.Officer, TenderBuilder.Now.AddDays(3)));
    }

    [Fact]
    public void Answers_are_refused_from_the_submission_deadline_on_and_need_both_texts()
    {
        var tender = TenderBuilder.Published();
        var (clarification, _) = Clarification.Ask(tender, _supplier, _asker, "Is night work allowed?", TenderBuilder.Now);

        Assert.Throws<DomainRuleException>(() => clarification.Publish(tender, "Q", "A", TenderBuilder.Officer, tender.SubmissionDeadline));
        Assert.Equal(["PublishedQuestion", "Answer"], Clarification.AnswerProblems(" ", null).Select(p => p.Field));
        Assert.Throws<DomainRuleException>(() => clarification.Publish(tender, "Q", " ", TenderBuilder.Officer, TenderBuilder.Now));
        Assert.False(clarification.IsAnswered);
    }
}
