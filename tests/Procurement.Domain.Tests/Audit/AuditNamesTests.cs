using Procurement.Domain.Audit;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;

namespace Procurement.Domain.Tests.Audit;

public sealed class AuditNamesTests
{
    [Theory]
    [InlineData(SupplierDecisionKind.Verified, "verified")]
    [InlineData(SupplierDecisionKind.InformationRequested, "information_requested")]
    [InlineData(SupplierDecisionKind.IdentityChangeRequested, "identity_change_requested")]
    [InlineData(SupplierDecisionKind.DebarmentEnded, "debarment_ended")]
    public void Turns_an_enum_name_into_a_snake_case_verb(SupplierDecisionKind kind, string verb) =>
        Assert.Equal(verb, AuditNames.Of(kind));

    [Fact]
    public void Every_tender_event_kind_has_a_distinct_lower_case_verb()
    {
        var verbs = Enum.GetValues<TenderEventKind>().Select(AuditNames.Of).ToList();

        Assert.All(verbs, verb => Assert.Matches("^[a-z]+(_[a-z]+)*$", verb));
        Assert.Equal(verbs.Count, verbs.Distinct().Count());
    }

    [Fact]
    public void A_supplier_decision_is_audited_as_supplier_verb_about_the_supplier_by_whoever_decided()
    {
        var supplierId = Guid.NewGuid();
        var officer = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow;
        IAuditedEvent decision = new SupplierDecision(supplierId, SupplierDecisionKind.Rejected, "No company number.", officer, at);

        Assert.Equal($"supplier:{supplierId:D}", decision.AuditSubject);
        Assert.Equal("supplier.rejected", decision.AuditAction);
        Assert.Equal(officer, decision.AuditActor);
        Assert.Equal(at, decision.AuditAt);
        Assert.Equal("No company number.", decision.AuditDetail);
        AuditChain.CheckEvent(decision);
    }

    [Fact]
    public void A_tender_event_is_audited_as_tender_verb_about_the_tender()
    {
        var tenderId = Guid.NewGuid();
        IAuditedEvent published = new TenderEvent(tenderId, TenderEventKind.Published, "PROC-2026-0001", TenderEvent.Platform, DateTimeOffset.UtcNow);

        Assert.Equal($"tender:{tenderId:D}", published.AuditSubject);
        Assert.Equal("tender.published", published.AuditAction);
        Assert.Equal(Guid.Empty, published.AuditActor);
        AuditChain.CheckEvent(published);
    }
}
