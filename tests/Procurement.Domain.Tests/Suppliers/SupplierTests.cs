using Procurement.Domain;
using Procurement.Domain.Reference;
using Procurement.Domain.Suppliers;

namespace Procurement.Domain.Tests.Suppliers;

public sealed class SupplierTests
{
    [Fact]
    public void A_new_supplier_starts_unverified() =>
        Assert.Equal(VerificationStatus.Unverified, new Supplier("Acme Ltd").Status);

    [Fact]
    public void A_supplier_needs_a_legal_name() =>
        Assert.Throws<DomainRuleException>(() => new Supplier("  "));

    [Fact]
    public void Categories_are_deduplicated()
    {
        var supplier = new Supplier("Acme Ltd");

        supplier.ChangeCategories(["45000000-7", "45000000-7", "72000000-5"], _officer, _now);

        Assert.Equal(["45000000-7", "72000000-5"], supplier.CpvCodes);
    }

    [Fact]
    public void At_most_twenty_categories_may_be_chosen()
    {
        var supplier = new Supplier("Acme Ltd");
        var codes = Enumerable.Range(10, CpvCode.MaxPerSupplier + 1).Select(division => $"{division}000000-0");

        var error = Assert.Throws<DomainRuleException>(() => supplier.ChangeCategories(codes, _officer, _now));

        Assert.Contains("at most 20", error.Message, StringComparison.Ordinal);
        Assert.Empty(supplier.CpvCodes);
    }

    [Fact]
    public void The_profile_country_must_be_a_two_letter_code()
    {
        var supplier = new Supplier("Acme Ltd");

        Assert.Throws<DomainRuleException>(() => supplier.ChangeLocation("GBR", "London", _testAddress, _officer, _now));
        supplier.ChangeLocation("gb", "London", _testAddress, _officer, _now);
        Assert.Equal("GB", supplier.Country);
    }

    [Theory]
    [InlineData(SupplierSize.Micro, true)]
    [InlineData(SupplierSize.Small, true)]
    [InlineData(SupplierSize.Medium, true)]
    [InlineData(SupplierSize.Large, false)]
    public void Micro_small_and_medium_companies_are_SMEs(SupplierSize size, bool isSme)
    {
        var supplier = new Supplier("Acme Ltd");
        supplier.ChangeAbout(size, string.Empty, null, _officer, _now);

        Assert.Equal(isSme, supplier.IsSme);
    }

    [Fact]
    public void An_incomplete_profile_cannot_be_submitted_and_the_refusal_lists_what_is_missing()
    {
        var supplier = new Supplier("Acme Ltd");

        var error = Assert.Throws<DomainRuleException>(() => supplier.SubmitForVerification(_officer, _now));

        Assert.Contains("at least one CPV category", error.Message, StringComparison.Ordinal);
        Assert.Contains("the region", error.Message, StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Unverified, supplier.Status);
    }

    [Fact]
    public void Submitting_for_verification_twice_is_refused()
    {
        var supplier = CompleteSupplier();
        var decision = supplier.SubmitForVerification(_officer, _now);

        Assert.Equal(VerificationStatus.PendingVerification, supplier.Status);
        Assert.Equal(SupplierDecisionKind.Submitted, decision.Kind);
        Assert.Throws<DomainRuleException>(() => supplier.SubmitForVerification(_officer, _now));
    }

    [Fact]
    public void Verification_records_who_decided_and_when()
    {
        var supplier = CompleteSupplier();
        supplier.SubmitForVerification(Guid.NewGuid(), _now);

        var decision = supplier.Verify(_officer, _now);

        Assert.Equal(VerificationStatus.Verified, supplier.Status);
        Assert.Equal(_now, supplier.VerifiedAt);
        Assert.Equal((_officer, _now, SupplierDecisionKind.Verified), (decision.DecidedBy, decision.DecidedAt, decision.Kind));
    }

    [Fact]
    public void Only_a_pending_supplier_can_be_verified_or_rejected()
    {
        var supplier = CompleteSupplier();

        Assert.Throws<DomainRuleException>(() => supplier.Verify(_officer, _now));
        Assert.Throws<DomainRuleException>(() => supplier.Reject(_officer, "Wrong number", _now));
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_the_supplier_may_correct_and_resubmit()
    {
        var supplier = CompleteSupplier();
        supplier.SubmitForVerification(_officer, _now);

        Assert.Throws<DomainRuleException>(() => supplier.Reject(_officer, " ", _now));
        var rejection = supplier.Reject(_officer, "The registration number does not match the company register.", _now);

        Assert.Equal(VerificationStatus.Rejected, supplier.Status);
        Assert.Equal("The registration number does not match the company register.", rejection.Reason);
        supplier.SubmitForVerification(_officer, _now);
        Assert.Equal(VerificationStatus.PendingVerification, supplier.Status);
        Assert.Null(supplier.RejectionReason);
    }

    [Fact]
    public void Tender_alerts_take_two_to_eight_digit_prefixes_and_name_the_wrong_ones()
    {
        var supplier = new Supplier("Acme Ltd");

        var error = Assert.Throws<DomainRuleException>(() => supplier.SubscribeTo(["45", "4", "45x", "452331201"]));

        Assert.Contains("not 4, 45x, 452331201", error.Message, StringComparison.Ordinal);
        supplier.SubscribeTo(["45", " 4523 ", "45"]);
        Assert.Equal(["45", "4523"], supplier.SubscribedCpvPrefixes);
    }

    [Fact]
    public void A_suspension_needs_a_reason_and_a_future_end_and_stops_bidding_until_reinstated()
    {
        var supplier = CompleteSupplier();
        supplier.SubmitForVerification(_officer, _now);
        supplier.Verify(_officer, _now);

        Assert.Throws<DomainRuleException>(() => supplier.Suspend(_officer, "", null, _now));
        Assert.Throws<DomainRuleException>(() => supplier.Suspend(_officer, "Fraud", _now.AddDays(-1), _now));
        var decision = supplier.Suspend(_officer, "Fraud", _now.AddYears(3), _now);

        Assert.False(supplier.MayBid);
        Assert.Equal("Fraud (until 2029-11-23)", decision.Reason);
        supplier.Reinstate(_officer, _now);
        Assert.True(supplier.MayBid);
        Assert.Null(supplier.SuspensionReason);
    }

    [Fact]
    public void Only_a_verified_supplier_can_be_suspended_and_only_a_suspended_one_reinstated()
    {
        var supplier = CompleteSupplier();

        Assert.Throws<DomainRuleException>(() => supplier.Suspend(_officer, "Fraud", null, _now));
        Assert.Throws<DomainRuleException>(() => supplier.Reinstate(_officer, _now));
    }

    [Fact]
    public void An_officer_may_ask_a_question_which_the_supplier_answers_by_submitting_again()
    {
        var supplier = CompleteSupplier();
        supplier.SubmitForVerification(_officer, _now);

        Assert.Throws<DomainRuleException>(() => supplier.RequestInformation(_officer, "", _now));
        var asked = supplier.RequestInformation(_officer, "Send your VAT number.", _now);

        Assert.Equal((VerificationStatus.InformationRequested, SupplierDecisionKind.InformationRequested), (supplier.Status, asked.Kind));
        Assert.True(supplier.MayEditDetails);
        supplier.SubmitForVerification(_officer, _now);
        Assert.Null(supplier.InformationRequest);
        Assert.Equal(VerificationStatus.PendingVerification, supplier.Status);
    }

    [Fact]
    public void A_debarment_ends_by_itself_on_its_date_recorded_as_the_platform()
    {
        var supplier = DebarredSupplier(until: _now.AddDays(30));

        Assert.False(supplier.IsDebarmentOver(_now.AddDays(29)));
        Assert.Throws<DomainRuleException>(() => supplier.EndDebarment(_now.AddDays(29)));
        Assert.True(supplier.IsDebarmentOver(_now.AddDays(30)));
        var ended = supplier.EndDebarment(_now.AddDays(30));

        Assert.Equal((VerificationStatus.Verified, SupplierDecisionKind.DebarmentEnded, SupplierDecision.Platform), (supplier.Status, ended.Kind, ended.DecidedBy));
        Assert.Equal("Debarment ended on 2026-12-23", ended.Reason);
        Assert.Null(supplier.SuspensionReason);
        Assert.Null(supplier.SuspendedUntil);
        Assert.True(supplier.MayBid);
    }

    [Fact]
    public void Only_a_debarment_ends_by_itself_not_a_suspension_until_further_notice_nor_a_reinstated_supplier()
    {
        var suspended = DebarredSupplier(until: null);
        var reinstated = DebarredSupplier(until: _now.AddDays(1));
        reinstated.Reinstate(_officer, _now);

        Assert.False(suspended.IsDebarmentOver(_now.AddYears(10)));
        Assert.Throws<DomainRuleException>(() => suspended.EndDebarment(_now.AddYears(10)));
        Assert.False(reinstated.IsDebarmentOver(_now.AddDays(2)));
        Assert.Throws<DomainRuleException>(() => reinstated.EndDebarment(_now.AddDays(2)));
    }

    private static Supplier DebarredSupplier(DateTimeOffset? until)
    {
        var supplier = CompleteSupplier();
        supplier.SubmitForVerification(_officer, _now);
        supplier.Verify(_officer, _now);
        supplier.Suspend(_officer, "Grave professional misconduct", until, _now);
        return supplier;
    }

    private static readonly Guid _officer = Guid.NewGuid();
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly PostalAddress _testAddress = new("1 High Street", null, "London", "EC1A 1BB");

    private static Supplier CompleteSupplier() => SupplierBuilder.Complete();
}
