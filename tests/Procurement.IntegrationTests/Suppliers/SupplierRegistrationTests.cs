using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Suppliers;

/// <summary>The registration wizard at /my-company, certificates, and changes after verification.</summary>
public sealed class SupplierRegistrationTests(AppFixture fixture)
{
    private static readonly byte[] _pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_new_supplier_walks_the_wizard_step_by_step_reviews_and_submits()
    {
        var (session, _, company) = await NewSupplierAsync();
        using (session)
        {
            Assert.Equal("/my-company/company", (await session.GetAsync("/my-company")).Path);

            Assert.Equal("/my-company/address", (await session.SaveStepAsync("company", RegistrationWizard.Company(company))).Path);
            Assert.Equal("/my-company/about", (await session.SaveStepAsync("address", RegistrationWizard.Address())).Path);
            Assert.Equal("/my-company/categories", (await session.SaveStepAsync("about", RegistrationWizard.About())).Path);
            Assert.Equal("/my-company/contacts", (await session.SaveStepAsync("categories", RegistrationWizard.Categories("45233120-6"))).Path);
            Assert.Equal("/my-company/certificates", (await session.SaveStepAsync("contacts", RegistrationWizard.Contact())).Path);
            await UploadAsync(session, "ISO 9001 quality management", "iso9001.pdf", _pdf);

            var review = await session.GetAsync("/my-company/review");
            foreach (var shown in new[] { company, "01234567", "GB123456789", "12 Bute Terrace", "https://www.roads.example.com/", "45233120-6", "val@roads.example.com", "ISO 9001 quality management" })
            {
                Assert.Contains(shown, review.Text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Before you can submit", review.Text, StringComparison.Ordinal);
            var submitted = await session.SubmitAsync("/my-company/review", "/my-company/review", new Dictionary<string, string>());

            Assert.Contains("sent for verification", submitted.Text, StringComparison.Ordinal);
            Assert.Equal(VerificationStatus.PendingVerification, await StatusAsync(company));
            Assert.Equal(1, await fixture.App.WithDbAsync(db => db.SupplierDecisions.CountAsync(d => d.SupplierId == db.Suppliers.Single(s => s.LegalName == company).Id)));
        }
    }

    [Fact]
    public async Task A_draft_saved_for_later_is_resumed_at_the_first_incomplete_step_after_signing_in_again()
    {
        var (session, email, company) = await NewSupplierAsync();
        using (session)
        {
            await session.SaveStepAsync("company", RegistrationWizard.Company(company, registrationNumber: "SC765432"));
            var later = await session.SaveStepAsync("address", RegistrationWizard.Address(region: "Scotland", town: "Edinburgh"), next: "later");
            Assert.Contains("Your details were saved", later.Text, StringComparison.Ordinal);
            await session.SubmitAsync("/dashboard", "/account/sign-out", new Dictionary<string, string>());
        }

        using var again = new WebSession(fixture.App);
        await again.SignInAsync(email, Password);

        var resumed = await again.GetAsync("/my-company");
        Assert.Equal("/my-company/about", resumed.Path);
        var address = await again.GetAsync("/my-company/address");
        Assert.Contains("value=\"Edinburgh\"", address.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"SC765432\"", (await again.GetAsync("/my-company/company")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_invalid_field_gets_its_message_and_what_was_typed_is_kept()
    {
        var (session, _, company) = await NewSupplierAsync();
        using (session)
        {
            var identity = await session.SaveStepAsync("company", RegistrationWizard.Company(company, registrationNumber: "ACME!", taxIdentifier: "VAT"));
            Assert.Equal("/my-company/company", identity.Path);
            Assert.Contains("Enter the company number as the register shows it", identity.Text, StringComparison.Ordinal);
            Assert.Contains("Enter the VAT or tax number", identity.Text, StringComparison.Ordinal);
            Assert.Contains("href=\"#RegistrationNumber\"", identity.Html, StringComparison.Ordinal);
            Assert.Contains("id=\"TaxIdentifier-error\"", identity.Html, StringComparison.Ordinal);
            Assert.Contains("value=\"ACME!\"", identity.Html, StringComparison.Ordinal);

            var noIdentifier = await session.SaveStepAsync("company", RegistrationWizard.Company(company, registrationNumber: "", taxIdentifier: ""));
            Assert.Contains("Enter the company number, the VAT or tax number, or both", noIdentifier.Text, StringComparison.Ordinal);

            var address = await session.SaveStepAsync("address", new Dictionary<string, string>
            {
                ["Country"] = "GBR",
                ["Region"] = "",
                ["AddressLine1"] = "",
                ["Town"] = "",
                ["Postcode"] = "<b>",
            });
            foreach (var field in new[] { "Country", "Region", "AddressLine1", "Town", "Postcode" })
            {
                Assert.Contains($"id=\"{field}-error\"", address.Html, StringComparison.Ordinal);
            }

            Assert.Contains("value=\"GBR\"", address.Html, StringComparison.Ordinal);

            var about = await session.SaveStepAsync("about", new Dictionary<string, string> { ["Size"] = "", ["Description"] = "Bridges.", ["Website"] = "javascript:alert(1)" });
            Assert.Contains("Choose the size of the company.", about.Text, StringComparison.Ordinal);
            Assert.Contains("Enter the full web address, starting with https://", about.Text, StringComparison.Ordinal);
            Assert.Contains("Bridges.</textarea>", about.Html, StringComparison.Ordinal);

            var contacts = await session.SaveStepAsync("contacts", new Dictionary<string, string>
            {
                ["Contacts[0].Name"] = "Val Idator",
                ["Contacts[0].Role"] = "",
                ["Contacts[0].Email"] = "val@",
                ["Contacts[0].Phone"] = "12",
            });
            Assert.Contains("Contact 1: Enter the contact's role", contacts.Text, StringComparison.Ordinal);
            Assert.Contains("Contact 1: Enter an e-mail address", contacts.Text, StringComparison.Ordinal);
            Assert.Contains("Contact 1: Enter a telephone number", contacts.Text, StringComparison.Ordinal);
            Assert.Contains("href=\"#Contacts_0__Email\"", contacts.Html, StringComparison.Ordinal);
            Assert.Contains("value=\"Val Idator\"", contacts.Html, StringComparison.Ordinal);

            var none = await session.SaveStepAsync("contacts", new Dictionary<string, string>());
            Assert.Contains("Give at least one contact", none.Text, StringComparison.Ordinal);
            Assert.Equal(VerificationStatus.Unverified, await StatusAsync(company));
        }
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_and_a_file_over_five_megabytes_are_refused()
    {
        var (session, _, company) = await NewSupplierAsync();
        using (session)
        {
            var exe = new byte[4096];
            "MZ"u8.CopyTo(exe);
            var renamed = await UploadAsync(session, "ISO 9001", "certificate.pdf", exe);
            Assert.Contains("The file is not a PDF, PNG or JPEG", renamed.Text, StringComparison.Ordinal);
            Assert.Contains("value=\"ISO 9001\"", renamed.Html, StringComparison.Ordinal);

            var big = new byte[(5 * 1024 * 1024) + 1];
            _pdf.CopyTo(big, 0);
            var oversize = await UploadAsync(session, "ISO 14001", "big.pdf", big);
            Assert.Contains("The file is larger than 5 MB", oversize.Text, StringComparison.Ordinal);

            var huge = new byte[11 * 1024 * 1024];
            _pdf.CopyTo(huge, 0);
            var refusedUnread = await UploadAsync(session, "ISO 14001", "huge.pdf", huge);
            Assert.Equal(HttpStatusCode.OK, refusedUnread.Status);
            Assert.Contains("The file is larger than 5 MB", refusedUnread.Text, StringComparison.Ordinal);

            Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Set<SupplierCertificate>().CountAsync(c => EF.Property<Guid>(c, "supplier_id") == db.Suppliers.Single(s => s.LegalName == company).Id)));
        }
    }

    [Fact]
    public async Task Only_the_company_and_officers_can_download_a_certificate()
    {
        var (owner, _, company) = await NewSupplierAsync();
        using (owner)
        {
            await UploadAsync(owner, "Cyber Essentials", "ce.pdf", _pdf);
            var supplierId = await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.LegalName == company).Select(s => s.Id).SingleAsync());
            var certificate = await fixture.App.WithDbAsync(db => db.Set<SupplierCertificate>().SingleAsync(c => EF.Property<Guid>(c, "supplier_id") == supplierId));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_pdf)), certificate.Sha256);

            using (var download = await owner.GetRawAsync($"/my-company/certificates/{certificate.Id}"))
            {
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
                Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
                Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
                Assert.Equal(_pdf, await download.Content.ReadAsByteArrayAsync());
            }

            var (other, _, _) = await NewSupplierAsync();
            using (other)
            {
                using var stolen = await other.GetRawAsync($"/my-company/certificates/{certificate.Id}");
                Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
                using var asOfficer = await other.GetRawAsync($"/verification/{supplierId}/certificates/{certificate.Id}");
                Assert.Equal(HttpStatusCode.Redirect, asOfficer.StatusCode);
                Assert.StartsWith("/account/access-denied", PathOf(asOfficer), StringComparison.Ordinal);
            }

            using var anonymous = new WebSession(fixture.App);
            using (var response = await anonymous.GetRawAsync($"/my-company/certificates/{certificate.Id}"))
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/sign-in", PathOf(response), StringComparison.Ordinal);
            }

            using var officer = await SignedInOfficerAsync();
            using var reviewed = await officer.GetRawAsync($"/verification/{supplierId}/certificates/{certificate.Id}");
            Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
            Assert.Equal(_pdf, await reviewed.Content.ReadAsByteArrayAsync());
            Assert.Contains(certificate.Sha256, (await officer.GetAsync($"/verification/{supplierId}")).Text, StringComparison.Ordinal);

            var deleted = await owner.SubmitAsync("/my-company/certificates", $"/my-company/certificates/{certificate.Id}/delete", new Dictionary<string, string>());
            Assert.Contains("The certificate was deleted.", deleted.Text, StringComparison.Ordinal);
            Assert.False(await fixture.App.WithDbAsync(db => db.Set<SupplierCertificate>().AnyAsync(c => c.Id == certificate.Id)));
            Assert.False(await fixture.App.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM supplier_certificate_files WHERE certificate_id = {certificate.Id}").AnyAsync()));
        }
    }

    [Fact]
    public async Task A_verified_supplier_changes_its_description_at_once_and_the_directory_follows()
    {
        var (email, supplierId, company) = await VerifiedSupplierAsync();
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(email);

        var saved = await session.SaveStepAsync("about", RegistrationWizard.About(description: "Now also winter gritting with electric spreaders."));

        Assert.Contains("Your change was saved.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("/my-company", saved.Path);
        var decision = await fixture.App.WithDbAsync(db => db.SupplierDecisions.Where(d => d.SupplierId == supplierId).OrderByDescending(d => d.DecidedAt).FirstAsync());
        Assert.Equal(SupplierDecisionKind.DetailsChanged, decision.Kind);
        Assert.Equal(VerificationStatus.Verified, await StatusAsync(company));
        await AssertEventuallyAsync(async () => (await session.GetAsync("/suppliers?q=spreaders")).Text.Contains(company, StringComparison.Ordinal),
            "the directory did not find the new description within 15 seconds");
    }

    [Fact]
    public async Task A_verified_suppliers_change_of_legal_details_waits_for_an_officer_who_approves_then_rejects_the_next()
    {
        var (email, supplierId, company) = await VerifiedSupplierAsync();
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(email);
        var newName = company.Replace("Ltd", "Holdings Ltd", StringComparison.Ordinal);

        var asked = await session.SaveStepAsync("company", RegistrationWizard.Company(newName));

        Assert.Contains("sent to an officer", asked.Text, StringComparison.Ordinal);
        Assert.Equal(company, await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.LegalName).SingleAsync()));
        Assert.Equal(VerificationStatus.Verified, await StatusAsync(company));
        using var officer = await SignedInOfficerAsync();
        var queue = await officer.GetAsync("/verification");
        Assert.Contains(newName, queue.Text, StringComparison.Ordinal);
        var review = await officer.GetAsync($"/verification/{supplierId}");
        Assert.Contains("Verified now", review.Text, StringComparison.Ordinal);
        Assert.Contains(newName, review.Text, StringComparison.Ordinal);

        await officer.SubmitAsync($"/verification/{supplierId}", $"/verification/{supplierId}", new Dictionary<string, string> { ["Decision"] = "approveidentitychange" });

        Assert.Equal(newName, await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.LegalName).SingleAsync()));
        Assert.Contains("An officer has approved the change to your company's legal details", Mailbox.LatestTo(fixture.App, email), StringComparison.Ordinal);

        await session.SaveStepAsync("company", RegistrationWizard.Company(newName, registrationNumber: "09999999"));
        var noReason = await officer.SubmitAsync($"/verification/{supplierId}", $"/verification/{supplierId}", new Dictionary<string, string> { ["Decision"] = "rejectidentitychange" });
        Assert.Contains("Give the reason the change cannot be accepted", noReason.Text, StringComparison.Ordinal);
        await officer.SubmitAsync($"/verification/{supplierId}", $"/verification/{supplierId}",
            new Dictionary<string, string> { ["Decision"] = "rejectidentitychange", ["Reason"] = "09999999 belongs to another company." });

        Assert.Equal("01234567", await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.RegistrationNumber).SingleAsync()));
        Assert.Contains("09999999 belongs to another company.", Mailbox.LatestTo(fixture.App, email), StringComparison.Ordinal);
        Assert.Equal(
            [SupplierDecisionKind.IdentityChangeRequested, SupplierDecisionKind.IdentityChangeApproved, SupplierDecisionKind.IdentityChangeRequested, SupplierDecisionKind.IdentityChangeRejected],
            await fixture.App.WithDbAsync(db => db.SupplierDecisions.Where(d => d.SupplierId == supplierId && d.Kind != SupplierDecisionKind.Submitted && d.Kind != SupplierDecisionKind.Verified)
                .OrderBy(d => d.DecidedAt).Select(d => d.Kind).ToListAsync()));
        Assert.DoesNotContain(newName, (await officer.GetAsync("/verification")).Text.Split("Changes of legal details")[1].Split("Suspended")[0], StringComparison.Ordinal);
    }

    private static string PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.AbsolutePath : redirect.Headers.Location?.OriginalString ?? string.Empty;

    private const string Password = "correct horse battery staple";

    private static Task<WebSession.Page> UploadAsync(WebSession session, string name, string fileName, byte[] content) =>
        session.UploadAsync("/my-company/certificates", "/my-company/certificates",
            new Dictionary<string, string> { ["Form.Name"] = name, ["Form.Issuer"] = "BSI", ["Form.ExpiresOn"] = "" },
            "Form.File", fileName, "application/pdf", content);

    private Task<VerificationStatus> StatusAsync(string company) =>
        fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.LegalName == company).Select(s => s.Status).SingleAsync());

    private async Task<(WebSession Session, string Email, string Company)> NewSupplierAsync()
    {
        var email = $"wizard-{Guid.NewGuid():N}@supplier.test";
        var company = $"Wizard Test {Guid.NewGuid():N}"[..26] + " Ltd";
        return (await fixture.App.RegisterAndSignInAsync(company, email, "Wendy Zard", Password), email, company);
    }

    private async Task<(string Email, Guid SupplierId, string Company)> VerifiedSupplierAsync()
    {
        var company = $"Verified Edit {Guid.NewGuid():N}"[..26] + " Ltd";
        var supplier = new Supplier(company).Completed(region: "Wales", description: "Road resurfacing for councils.").VerifiedAt(DateTimeOffset.UtcNow);
        var email = await fixture.App.AddWithUserAsync(supplier, "verified", "Vera Fied", DemoOptions.Password);
        return (email, supplier.Id, company);
    }

    private async Task<WebSession> SignedInOfficerAsync()
    {
        var officer = new WebSession(fixture.App);
        await officer.SignInAsync(TestAccounts.DemoOfficer);
        await officer.EnterCodeAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));
        return officer;
    }

    private static async Task AssertEventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(200);
        }
    }
}
