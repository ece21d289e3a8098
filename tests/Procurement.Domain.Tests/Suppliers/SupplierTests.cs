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

        supplier.SetCategories(["45000000-7", "45000000-7", "72000000-5"]);

        Assert.Equal(["45000000-7", "72000000-5"], supplier.CpvCodes);
    }

    [Fact]
    public void At_most_twenty_categories_may_be_chosen()
    {
        var supplier = new Supplier("Acme Ltd");
        var codes = Enumerable.Range(10, CpvCode.MaxPerSupplier + 1).Select(division => $"{division}000000-0");

        var error = Assert.Throws<DomainRuleException>(() => supplier.SetCategories(codes));

        Assert.Contains("at most 20", error.Message, StringComparison.Ordinal);
        Assert.Empty(supplier.CpvCodes);
    }

    [Fact]
    public void The_profile_country_must_be_a_two_letter_code()
    {
        var supplier = new Supplier("Acme Ltd");

        Assert.Throws<DomainRuleException>(() => supplier.SetProfile("GBR", "London", SupplierSize.Small, string.Empty));
        supplier.SetProfile("gb", "London", SupplierSize.Small, "Widgets");
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
        supplier.SetProfile("GB", "London", size, string.Empty);

        Assert.Equal(isSme, supplier.IsSme);
    }

    [Fact]
    public void Submitting_for_verification_twice_is_refused()
    {
        var supplier = new Supplier("Acme Ltd");
        supplier.SubmitForVerification();

        Assert.Equal(VerificationStatus.PendingVerification, supplier.Status);
        Assert.Throws<DomainRuleException>(supplier.SubmitForVerification);
    }

    [Fact]
    public void Verification_records_when_it_happened()
    {
        var supplier = new Supplier("Acme Ltd");
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        supplier.MarkVerified(at);

        Assert.Equal(VerificationStatus.Verified, supplier.Status);
        Assert.Equal(at, supplier.VerifiedAt);
    }
}
