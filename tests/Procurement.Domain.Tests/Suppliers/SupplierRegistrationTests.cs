using Procurement.Domain.Suppliers;
using static Procurement.Domain.Tests.Suppliers.SupplierBuilder;

namespace Procurement.Domain.Tests.Suppliers;

public sealed class SupplierRegistrationTests
{
    private static readonly byte[] _pdf = "%PDF-1.7\n1 0 obj\n"u8.ToArray();

    [Theory]
    [InlineData("01234567", "01234567")]
    [InlineData(" sc123456 ", "SC123456")]
    [InlineData("HRB  12345", "HRB 12345")]
    public void A_company_number_is_normalised(string typed, string stored)
    {
        Assert.Null(SupplierIdentifiers.CheckRegistrationNumber(typed, out var normalised));
        Assert.Equal(stored, normalised);
    }

    [Theory]
    [InlineData("ACME")]
    [InlineData("1")]
    [InlineData("12345678<script>")]
    [InlineData("1234567890123456789012345678901")]
    public void A_company_number_without_digits_or_with_other_characters_is_refused(string typed) =>
        Assert.NotNull(SupplierIdentifiers.CheckRegistrationNumber(typed, out _));

    [Theory]
    [InlineData("GB 123 4567 89", "GB123456789")]
    [InlineData("ie1234567t", "IE1234567T")]
    [InlineData("DE-123.456.789", "DE123456789")]
    [InlineData("123456789", "123456789")]
    public void A_tax_number_is_kept_without_spaces_dots_or_dashes(string typed, string stored)
    {
        Assert.Null(SupplierIdentifiers.CheckTaxIdentifier(typed, out var normalised));
        Assert.Equal(stored, normalised);
    }

    [Theory]
    [InlineData("GB")]
    [InlineData("VAT-EXEMPT")]
    [InlineData("GB12345678901234567890")]
    [InlineData("GB 123/456")]
    public void A_tax_number_of_the_wrong_shape_is_refused(string typed) =>
        Assert.NotNull(SupplierIdentifiers.CheckTaxIdentifier(typed, out _));

    [Theory]
    [InlineData("https://www.acme.co.uk", true)]
    [InlineData("http://acme.example.com/about", true)]
    [InlineData("www.acme.co.uk", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://acme.co.uk", false)]
    [InlineData("https://user:secret@acme.co.uk", false)]
    [InlineData("https://localhost", false)]
    public void A_website_must_be_an_absolute_http_or_https_address(string typed, bool accepted) =>
        Assert.Equal(accepted, SupplierIdentifiers.CheckWebsite(typed, out _) is null);

    [Fact]
    public void Every_problem_of_an_address_is_reported_by_part()
    {
        var problems = PostalAddress.Problems("", null, " ", "EC1A <1BB>");

        Assert.Equal(["Line1", "Town", "Postcode"], problems.Select(p => p.Part));
    }

    [Fact]
    public void Every_problem_of_a_contact_is_reported_by_part()
    {
        var problems = SupplierContact.Problems("Ann Smith", "", "ann@", "12");

        Assert.Equal(["Role", "Email", "Phone"], problems.Select(p => p.Part));
    }

    [Fact]
    public void A_new_supplier_is_told_every_part_of_the_registration_still_missing()
    {
        var missing = new Supplier("Acme Ltd").MissingForVerification();

        Assert.Contains("the company number or the VAT or tax number", missing);
        Assert.Contains("the postal address", missing);
        Assert.Contains("at least one contact", missing);
        Assert.Empty(Complete().MissingForVerification());
    }

    [Fact]
    public void At_most_five_contacts_are_kept()
    {
        var supplier = new Supplier("Acme Ltd");
        var six = Enumerable.Range(1, 6).Select(i => new SupplierContact($"Person {i}", "Bids", $"p{i}@acme.example.com", "020 7946 0000")).ToList();

        Assert.Throws<DomainRuleException>(() => supplier.ChangeContacts(six, User, Now));
    }

    [Fact]
    public void A_draft_changes_its_legal_identity_at_once_and_records_nothing()
    {
        var supplier = Complete();

        var decisions = supplier.ChangeCompany("Acme Widgets Ltd", null, "07654321", null, User, Now);

        Assert.Empty(decisions);
        Assert.Equal("Acme Widgets Ltd", supplier.LegalName);
        Assert.Null(supplier.TaxIdentifier);
        Assert.Null(supplier.PendingIdentityChange);
    }

    [Fact]
    public void A_verified_supplier_changes_its_address_at_once_and_the_change_is_recorded()
    {
        var supplier = Verified();

        var decisions = supplier.ChangeLocation("GB", "Wales", new PostalAddress("2 Quay Street", null, "Cardiff", "CF10 1EP"), User, Now);

        var decision = Assert.Single(decisions);
        Assert.Equal(SupplierDecisionKind.DetailsChanged, decision.Kind);
        Assert.Equal("Changed: address", decision.Reason);
        Assert.Equal("Cardiff", supplier.Address!.Town);
        Assert.Equal(VerificationStatus.Verified, supplier.Status);
    }

    [Fact]
    public void Saving_a_verified_supplier_unchanged_records_nothing() =>
        Assert.Empty(Verified().ChangeAbout(SupplierSize.Small, "Widgets for schools.", "https://www.acme.example.com", User, Now));

    [Fact]
    public void A_verified_suppliers_new_legal_name_waits_for_an_officer_while_it_stays_verified_under_the_old_one()
    {
        var supplier = Verified();

        var decisions = supplier.ChangeCompany("Acme Holdings Ltd", "Acme", "01234567", "GB123456789", User, Now);

        Assert.Contains(decisions, d => d.Kind == SupplierDecisionKind.IdentityChangeRequested && d.Reason!.Contains("Acme Holdings Ltd", StringComparison.Ordinal));
        Assert.Equal("Acme Ltd", supplier.LegalName);
        Assert.Equal("Acme Holdings Ltd", supplier.PendingIdentityChange!.LegalName);
        Assert.Equal("Acme", supplier.TradingName);
        Assert.Equal(VerificationStatus.Verified, supplier.Status);
        Assert.True(supplier.MayBid);
    }

    [Fact]
    public void A_new_country_waits_with_the_rest_of_the_identity_and_an_approval_applies_both()
    {
        var supplier = Verified();
        supplier.ChangeCompany("Acme Holdings Ltd", null, "01234567", "GB123456789", User, Now);
        supplier.ChangeLocation("IE", "Leinster", new PostalAddress("1 Main Street", null, "Dublin", "D02 X285"), User, Now);

        Assert.Equal("GB", supplier.Country);
        var approval = supplier.ApproveIdentityChange(Guid.NewGuid(), Now);

        Assert.Equal(SupplierDecisionKind.IdentityChangeApproved, approval.Kind);
        Assert.Equal(("Acme Holdings Ltd", "IE"), (supplier.LegalName, supplier.Country));
        Assert.Null(supplier.PendingIdentityChange);
    }

    [Fact]
    public void A_rejected_identity_change_is_discarded_and_needs_a_reason()
    {
        var supplier = Verified();
        supplier.ChangeCompany("Acme Ltd", null, "09999999", "GB123456789", User, Now);

        Assert.Throws<DomainRuleException>(() => supplier.RejectIdentityChange(Guid.NewGuid(), " ", Now));
        var rejection = supplier.RejectIdentityChange(Guid.NewGuid(), "Number belongs to another company.", Now);

        Assert.Equal(SupplierDecisionKind.IdentityChangeRejected, rejection.Kind);
        Assert.Equal("01234567", supplier.RegistrationNumber);
        Assert.Null(supplier.PendingIdentityChange);
    }

    [Fact]
    public void Putting_the_verified_identity_back_withdraws_the_request()
    {
        var supplier = Verified();
        supplier.ChangeCompany("Acme Holdings Ltd", null, "01234567", "GB123456789", User, Now);

        var decisions = supplier.ChangeCompany("Acme Ltd", null, "01234567", "GB123456789", User, Now);

        Assert.Equal(SupplierDecisionKind.IdentityChangeWithdrawn, Assert.Single(decisions).Kind);
        Assert.Null(supplier.PendingIdentityChange);
    }

    [Fact]
    public void Nothing_can_be_changed_while_an_officer_checks_the_details()
    {
        var supplier = Complete();
        supplier.SubmitForVerification(User, Now);

        Assert.Throws<DomainRuleException>(() => supplier.ChangeAbout(SupplierSize.Large, "Other", null, User, Now));
        Assert.Throws<DomainRuleException>(() => supplier.ApproveIdentityChange(Guid.NewGuid(), Now));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)]
    public void A_certificate_file_type_is_read_from_its_first_bytes(byte[] head, string? contentType) =>
        Assert.Equal(contentType, CertificateFileType.Detect(head)?.ContentType);

    [Fact]
    public void A_program_renamed_to_pdf_is_refused()
    {
        var exe = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 };

        var problem = Assert.Single(SupplierCertificate.Problems("ISO 9001", "BSI", null, exe, DateOnly.FromDateTime(Now.UtcDateTime)));

        Assert.Equal("File", problem.Part);
        Assert.Contains("not a PDF, PNG or JPEG", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_five_megabytes_is_refused()
    {
        var big = new byte[SupplierCertificate.MaxFileBytes + 1];
        _pdf.CopyTo(big, 0);

        Assert.Contains(SupplierCertificate.Problems("ISO 9001", "BSI", null, big, DateOnly.FromDateTime(Now.UtcDateTime)), p => p.Message.Contains("larger than 5 MB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_keeps_its_hash_real_type_and_a_safe_file_name()
    {
        var certificate = SupplierCertificate.Describe("ISO 9001", "BSI", new DateOnly(2028, 1, 31), "C:\\scans\\..\\iso\"9001.PNG", _pdf, Now);

        Assert.Equal("application/pdf", certificate.ContentType);
        Assert.Equal("iso9001.pdf", certificate.FileName);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_pdf)), certificate.Sha256);
        Assert.Equal(_pdf.Length, certificate.SizeBytes);
    }

    [Fact]
    public void An_expired_certificate_is_refused() =>
        Assert.Contains(SupplierCertificate.Problems("ISO 9001", "BSI", new DateOnly(2020, 1, 1), _pdf, DateOnly.FromDateTime(Now.UtcDateTime)), p => p.Part == "ExpiresOn");

    [Fact]
    public void At_most_ten_certificates_are_kept()
    {
        var supplier = Complete();
        for (var i = 0; i < SupplierCertificate.MaxPerSupplier; i++)
        {
            supplier.AddCertificate(SupplierCertificate.Describe($"Certificate {i}", "BSI", null, "c.pdf", _pdf, Now), User, Now);
        }

        Assert.Throws<DomainRuleException>(() => supplier.AddCertificate(SupplierCertificate.Describe("One more", "BSI", null, "c.pdf", _pdf, Now), User, Now));
    }

    [Fact]
    public void A_verified_supplier_deleting_a_certificate_is_recorded()
    {
        var supplier = Verified();
        var certificate = SupplierCertificate.Describe("Cyber Essentials", "IASME", null, "ce.pdf", _pdf, Now);
        supplier.AddCertificate(certificate, User, Now);

        var decision = Assert.Single(supplier.RemoveCertificate(certificate.Id, User, Now));

        Assert.Equal("Changed: certificate deleted: Cyber Essentials", decision.Reason);
        Assert.Empty(supplier.Certificates);
    }
}
