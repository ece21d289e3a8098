using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Suppliers;

public sealed class SupplierVerificationTests(AppFixture fixture)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_supplier_submits_its_details_an_officer_verifies_them_and_the_company_appears_in_the_directory()
    {
        var (supplier, email, company) = await RegisteredSupplierAsync();
        using (supplier)
        {
            var submitted = await supplier.CompleteAsync(company, "45233120-6, 71311000-1", submit: true);
            Assert.Contains("sent for verification", submitted.Text, StringComparison.Ordinal);
        }

        using var officer = await SignedInOfficerAsync();
        var queue = await officer.GetAsync("/verification");
        Assert.Contains(company, queue.Text, StringComparison.Ordinal);
        var id = await SupplierIdAsync(company);

        var decided = await officer.SubmitAsync($"/verification/{id}", $"/verification/{id}", new Dictionary<string, string> { ["Decision"] = "verify" });

        Assert.Contains("The supplier is verified", decided.Text, StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Verified, await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
        Assert.Contains($"{company} has been verified", Mailbox.LatestTo(fixture.App, email), StringComparison.Ordinal);
        Assert.Equal(
            [SupplierDecisionKind.Submitted, SupplierDecisionKind.Verified],
            await fixture.App.WithDbAsync(db => db.SupplierDecisions.Where(d => d.SupplierId == id).OrderBy(d => d.DecidedAt).Select(d => d.Kind).ToListAsync()));
        await AssertEventuallyInDirectoryAsync(company);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_supplier_then_sees()
    {
        var (supplier, _, company) = await RegisteredSupplierAsync();
        using (supplier)
        {
            await supplier.CompleteAsync(company, "90910000-9", submit: true);
            using var officer = await SignedInOfficerAsync();
            var id = await SupplierIdAsync(company);

            var noReason = await officer.SubmitAsync($"/verification/{id}", $"/verification/{id}", new Dictionary<string, string> { ["Decision"] = "reject" });
            Assert.Contains("Give the reason for the rejection", noReason.Text, StringComparison.Ordinal);

            await officer.SubmitAsync($"/verification/{id}", $"/verification/{id}",
                new Dictionary<string, string> { ["Decision"] = "reject", ["Reason"] = "The company number is not in the register." });

            var page = await supplier.GetAsync("/my-company");
            Assert.Contains("The company number is not in the register.", page.Text, StringComparison.Ordinal);
            Assert.Contains("Submit for verification", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_officer_asks_for_more_information_and_the_supplier_answers_by_resubmitting()
    {
        var (supplier, email, company) = await RegisteredSupplierAsync();
        using (supplier)
        {
            await supplier.CompleteAsync(company, "90910000-9", submit: true);
            using var officer = await SignedInOfficerAsync();
            var id = await SupplierIdAsync(company);

            await officer.SubmitAsync($"/verification/{id}", $"/verification/{id}",
                new Dictionary<string, string> { ["Decision"] = "requestinformation", ["Reason"] = "Which councils have you cleaned for?" });

            Assert.Contains("Which councils have you cleaned for?", Mailbox.LatestTo(fixture.App, email), StringComparison.Ordinal);
            Assert.Contains("Which councils have you cleaned for?", (await supplier.GetAsync("/my-company")).Text, StringComparison.Ordinal);
            // Every step of the wizard shows the question, not just the page the company lands on.
            foreach (var step in new[] { "/my-company/about", "/my-company/contacts", "/my-company/certificates" })
            {
                Assert.Contains("Which councils have you cleaned for?", (await supplier.GetAsync(step)).Text, StringComparison.Ordinal);
            }

            await supplier.CompleteAsync(company, "90910000-9, 90911200-8", submit: true);
            Assert.Contains(company, (await officer.GetAsync("/verification")).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Unknown_CPV_codes_and_incomplete_details_are_refused_with_what_to_fix()
    {
        var (supplier, _, company) = await RegisteredSupplierAsync();
        using (supplier)
        {
            var unknown = await supplier.SaveStepAsync("categories", RegistrationWizard.Categories("45233120-6, 99999999-9, roads"));
            Assert.Contains("These are not CPV 2008 codes: roads, 99999999-9.", unknown.Text, StringComparison.Ordinal);
            // What was typed comes back in the picker's field (a textarea) to correct.
            Assert.Matches("<textarea[^>]*name=\"CpvCodes\"[^>]*>\\s*45233120-6, 99999999-9, roads</textarea>", unknown.Html);

            await supplier.SaveStepAsync("company", RegistrationWizard.Company(company));
            var incomplete = await supplier.SubmitAsync("/my-company/review", "/my-company/review", new Dictionary<string, string>());
            Assert.Contains("at least one CPV category", incomplete.Text, StringComparison.Ordinal);
            Assert.Equal(VerificationStatus.Unverified, await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.LegalName == company).Select(s => s.Status).SingleAsync()));
        }
    }

    [Fact]
    public async Task A_suspended_supplier_leaves_the_directory_is_told_why_and_returns_when_reinstated()
    {
        var (supplier, email, company) = await RegisteredSupplierAsync();
        supplier.Dispose();
        using var officer = await SignedInOfficerAsync();
        var id = await SupplierIdAsync(company);
        await fixture.App.WithDbAsync(async db =>
        {
            var stored = await db.Suppliers.SingleAsync(s => s.Id == id);
            stored.Completed(region: "Wales", description: "Bridge inspection.", cpvCodes: ["71311000-1"]);
            stored.SubmitForVerification(Guid.Empty, DateTimeOffset.UtcNow);
            stored.Verify(Guid.Empty, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        await AssertEventuallyInDirectoryAsync(company);

        var noReason = await officer.SubmitAsync($"/verification/{id}", $"/verification/{id}", new Dictionary<string, string> { ["Decision"] = "suspend" });
        Assert.Contains("Give the reason for the suspension", noReason.Text, StringComparison.Ordinal);
        await officer.SubmitAsync($"/verification/{id}", $"/verification/{id}", new Dictionary<string, string>
        {
            ["Decision"] = "suspend",
            ["Reason"] = "Convicted of bid rigging.",
            ["Until"] = DateTime.UtcNow.AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Contains("Convicted of bid rigging.", Mailbox.LatestTo(fixture.App, email), StringComparison.Ordinal);
        Assert.Contains("Convicted of bid rigging.", (await officer.GetAsync("/verification")).Text, StringComparison.Ordinal);
        using var visitor = new WebSession(fixture.App);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync($"/suppliers/{id}")).Status);
        await AssertEventuallyAbsentFromDirectoryAsync(company);

        await officer.SubmitAsync($"/verification/{id}", $"/verification/{id}", new Dictionary<string, string> { ["Decision"] = "reinstate" });
        await AssertEventuallyInDirectoryAsync(company);
    }

    [Fact]
    public async Task Only_officers_and_admins_open_the_verification_queue()
    {
        var buyer = await fixture.App.CreateConfirmedUserAsync(Roles.Buyer);
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(buyer);

        Assert.StartsWith("/account/access-denied", (await session.GetAsync("/verification")).Path, StringComparison.Ordinal);
    }

    private async Task<(WebSession Session, string Email, string Company)> RegisteredSupplierAsync()
    {
        var email = $"verify-{Guid.NewGuid():N}@supplier.test";
        var company = $"Verification Test {Guid.NewGuid():N}"[..30] + " Ltd";
        return (await fixture.App.RegisterAndSignInAsync(company, email, "Val Idator", Password), email, company);
    }

    private async Task<WebSession> SignedInOfficerAsync()
    {
        var officer = new WebSession(fixture.App);
        await officer.SignInAsync(TestAccounts.DemoOfficer);
        await officer.EnterCodeAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));
        return officer;
    }

    private Task<Guid> SupplierIdAsync(string company) =>
        fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.LegalName == company).Select(s => s.Id).SingleAsync());

    private async Task AssertEventuallyAbsentFromDirectoryAsync(string company)
    {
        using var visitor = new WebSession(fixture.App);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await visitor.GetAsync($"/suppliers?q={Uri.EscapeDataString(company)}")).Text.Contains(company, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{company} was still in the public directory 15 seconds after its suspension.");
            await Task.Delay(200);
        }
    }

    private async Task AssertEventuallyInDirectoryAsync(string company)
    {
        using var visitor = new WebSession(fixture.App);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await visitor.GetAsync($"/suppliers?q={Uri.EscapeDataString(company)}")).Text.Contains(company, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{company} did not appear in the public directory within 15 seconds of being verified.");
            await Task.Delay(200);
        }
    }
}
