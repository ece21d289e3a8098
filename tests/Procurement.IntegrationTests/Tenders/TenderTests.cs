using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Opening.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Tenders;

public sealed partial class TenderTests(AppFixture fixture)
{
    private const string CountyOfficer = "officer.county@procurement.test";

    [Fact]
    public async Task An_officer_drafts_a_best_value_tender_with_two_lots_publishes_it_and_the_public_finds_it()
    {
        var subscriber = await SubscribedSupplierAsync("4523");
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Resurfacing test {Guid.NewGuid():N}"[..30];

        var id = await CreateDraftAsync(officer, title, Fields(title));
        var published = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());

        var reference = ReferencePattern().Match(published.Text).Value;
        Assert.Matches($"^PRC-{DateTime.UtcNow.Year}-\\d{{6}}$", reference);
        var tender = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(TenderStatus.Published, tender.Status);
        Assert.Equal($"ocds-prc000-{reference}", tender.Ocid);
        Assert.Equal(2, tender.Lots.Count);
        Assert.Equal([60, 30, 10], tender.Criteria.Select(c => c.Weight));

        using var visitor = new WebSession(fixture.App);
        var list = await visitor.GetAsync("/tenders?cpv=45");
        Assert.Contains(title, list.Text, StringComparison.Ordinal);
        var page = await visitor.GetAsync($"/tenders/{reference}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(reference, page.Text, StringComparison.Ordinal);
        Assert.Contains(tender.OpeningKey!.Fingerprint, page.Text, StringComparison.Ordinal);
        Assert.Contains("closes in 30 days", page.Text, StringComparison.Ordinal);
        Assert.Contains("Technical merit", page.Text, StringComparison.Ordinal);
        Assert.Contains("Road-surface painting work", page.Text, StringComparison.Ordinal);

        Assert.Contains(reference, Mailbox.LatestTo(fixture.App, subscriber), StringComparison.Ordinal);
        Assert.Equal(
            [TenderEventKind.DraftCreated, TenderEventKind.Published],
            await fixture.App.WithDbAsync(db => db.TenderEvents.Where(e => e.TenderId == id).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync()));
    }

    [Fact]
    public async Task The_opening_key_is_stored_wrapped_and_no_private_key_is_in_the_database()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Key test {Guid.NewGuid():N}"[..24];
        var id = await CreateDraftAsync(officer, title, Fields(title));
        await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());

        var key = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().Where(t => t.Id == id).Select(t => t.OpeningKey).SingleAsync());
        Assert.NotNull(key);
        Assert.Equal(32, key.PublicKey.Length);
        Assert.Equal(12, key.WrapNonce.Length);
        Assert.Equal(48, key.WrappedPrivateKey.Length);
        Assert.Equal("procurement/opening-key/v1", key.WrapFormat);

        // The opening key's columns are all there is: public key, fingerprint, and the private key only under the KEK.
        var columns = await fixture.App.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_name = 'tenders' AND column_name LIKE 'opening%'")
            .ToListAsync());
        Assert.Equal(
            ["opening_key_fingerprint", "opening_key_format", "opening_key_kek_id", "opening_key_nonce", "opening_key_not_before", "opening_key_wrapped", "opening_public_key"],
            columns.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(columns, c => c.Contains("private", StringComparison.Ordinal));

        // The stored key is bound to the deadline: the vault refuses to release it now.
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<IOpeningKeyVault>();
        var wrapped = new WrappedOpeningKey(key.WrapFormat, key.KeyEncryptionKeyId, key.WrapNonce, key.WrappedPrivateKey);
        await Assert.ThrowsAsync<OpeningTooEarlyException>(() => vault.UnwrapForOpeningAsync(id, wrapped, key.NotBefore, DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task A_deadline_too_soon_is_refused_with_the_rule_unless_a_justification_is_given()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Urgent test {Guid.NewGuid():N}"[..27];
        var fields = Fields(title, submissionDays: 5, clarificationDays: 3);
        var id = await CreateDraftAsync(officer, title, fields);

        var refused = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());
        Assert.Contains("the minimum is 10 days", refused.Text, StringComparison.Ordinal);
        Assert.Equal(TenderStatus.Draft, await StatusAsync(id));

        fields["Form.ShortPeriodJustification"] = "Storm damage to the bridge deck must be repaired before winter.";
        await officer.SubmitAsync($"/tenders/manage/{id}/edit", $"/tenders/manage/{id}/edit", fields);
        await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());
        Assert.Equal(TenderStatus.Published, await StatusAsync(id));
    }

    [Fact]
    public async Task Weights_not_adding_up_to_100_are_refused_and_what_was_typed_is_kept()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Weights test {Guid.NewGuid():N}"[..28];
        var fields = Fields(title);
        fields["Form.Criteria[0].Weight"] = "20";

        var page = await officer.SubmitAsync("/tenders/manage/new", "/tenders/manage/new", fields);

        Assert.Contains("must add up to 100; they add up to 90", page.Text, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"45233221-4\"", page.Html, StringComparison.Ordinal);
        Assert.False(await fixture.App.WithDbAsync(db => db.Tenders.AnyAsync(t => t.Title == title)));
    }

    [Fact]
    public async Task Adding_a_lot_posts_the_form_back_without_losing_anything()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var fields = Fields("Kept title");
        fields["Form.Command"] = "add-lot";

        var page = await officer.SubmitAsync("/tenders/manage/new", "/tenders/manage/new", fields);

        Assert.Contains("Lot 3", page.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept title\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("There is a problem", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_are_checked_by_content_and_published_with_their_hash()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Docs test {Guid.NewGuid():N}"[..25];
        var id = await CreateDraftAsync(officer, title, Fields(title));

        var refused = await officer.UploadAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/documents",
            new Dictionary<string, string> { ["Document.Title"] = "Specification" }, "Document.File", "specification.pdf", "application/pdf", "MZ\x90\0 executable"u8.ToArray());
        Assert.Contains("Its content was checked, not its name", refused.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Specification\"", refused.Html, StringComparison.Ordinal);

        var pdf = "%PDF-1.7 the specification"u8.ToArray();
        await officer.UploadAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/documents",
            new Dictionary<string, string> { ["Document.Title"] = "Specification" }, "Document.File", "spec.exe", "application/octet-stream", pdf);
        var published = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());
        var reference = ReferencePattern().Match(published.Text).Value;

        using var visitor = new WebSession(fixture.App);
        var page = await visitor.GetAsync($"/tenders/{reference}");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        Assert.Contains(sha, page.Text, StringComparison.Ordinal);
        var link = DocumentLink().Match(page.Html).Value;
        using var download = await visitor.GetRawAsync(link);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_officer_of_another_agency_cannot_see_or_change_the_tender()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Agency test {Guid.NewGuid():N}"[..27];
        var id = await CreateDraftAsync(officer, title, Fields(title));

        using var other = await fixture.App.SignedInOfficerAsync(CountyOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tenders/manage/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tenders/manage/{id}/edit")).Status);
        var token = (await other.GetAsync("/tenders/manage/new")).AntiforgeryToken();
        Assert.NotNull(token);
        Assert.Equal(HttpStatusCode.NotFound, (await other.SubmitAsync("/tenders/manage/new", $"/tenders/manage/{id}/publish", new Dictionary<string, string>())).Status);
        Assert.DoesNotContain(title, (await other.GetAsync("/tenders/manage")).Text, StringComparison.Ordinal);
        Assert.Equal(TenderStatus.Draft, await StatusAsync(id));

        using var supplier = new WebSession(fixture.App);
        await supplier.SignInAsync(TestAccounts.DemoSupplier);
        Assert.Equal("/account/access-denied", (await supplier.GetAsync("/tenders/manage")).Path.Split('?')[0]);
    }

    [Fact]
    public async Task A_scheduled_publication_is_published_by_the_job()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Schedule test {Guid.NewGuid():N}"[..29];
        var id = await CreateDraftAsync(officer, title, Fields(title));
        var at = DateTime.UtcNow.AddSeconds(3).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

        var scheduled = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/schedule", new Dictionary<string, string> { ["Publication.PublishAt"] = at });
        Assert.Contains("will be published on", scheduled.Text, StringComparison.Ordinal);
        Assert.Equal(TenderStatus.Scheduled, await StatusAsync(id));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await StatusAsync(id) != TenderStatus.Published)
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduled tender was not published within 30 seconds.");
            await Task.Delay(250);
        }

        var tender = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.NotNull(tender.Reference);
        Assert.NotNull(tender.OpeningKey);
        Assert.Contains(TenderEventKind.Published, await fixture.App.WithDbAsync(db => db.TenderEvents.Where(e => e.TenderId == id).Select(e => e.Kind).ToListAsync()));
    }

    [Fact]
    public async Task A_cancellation_needs_a_reason_which_the_public_page_shows()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Cancel test {Guid.NewGuid():N}"[..27];
        var id = await CreateDraftAsync(officer, title, Fields(title));
        var published = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());
        var reference = ReferencePattern().Match(published.Text).Value;

        var refused = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/cancel", new Dictionary<string, string> { ["Cancellation.Reason"] = "" });
        Assert.Contains("Give the reason for the cancellation", refused.Text, StringComparison.Ordinal);
        await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/cancel", new Dictionary<string, string> { ["Cancellation.Reason"] = "The council's budget for the works was withdrawn." });

        using var visitor = new WebSession(fixture.App);
        var page = await visitor.GetAsync($"/tenders/{reference}");
        Assert.Contains("This tender was cancelled", page.Text, StringComparison.Ordinal);
        Assert.Contains("The council's budget for the works was withdrawn.", page.Text, StringComparison.Ordinal);
        Assert.Contains(title, (await visitor.GetAsync("/tenders?status=cancelled")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await visitor.GetAsync("/tenders")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_not_public_and_demo_tenders_are_listed_with_the_api()
    {
        using var visitor = new WebSession(fixture.App);
        // By agency: the tenders other tests publish for the health department would push the county's off the first page.
        var agencies = await fixture.App.WithDbAsync(db => db.Agencies.ToDictionaryAsync(a => a.Identifier, a => a.Id));
        var county = await visitor.GetAsync($"/tenders?agency={agencies["NCC"]}");
        Assert.Contains("Resurfacing of the A689 between Sedgefield and Wynyard", county.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Supply of twelve electric vans", county.Text, StringComparison.Ordinal);

        // Soonest deadline first; the demo tender closes at the next full hour three days after seeding: "2 days" once that hour has begun.
        var health = await visitor.GetAsync($"/tenders?agency={agencies["DHSC"]}");
        Assert.Matches("closes in [23] days", health.Text);

        var api = await visitor.GetAsync("/api/tenders?status=all");
        Assert.Contains("\"reference\":\"PRC-", api.Html, StringComparison.Ordinal);
        var reference = ReferencePattern().Match(api.Html).Value;
        var one = await visitor.GetAsync($"/api/tenders/{reference}");
        Assert.Contains("\"fingerprint\"", one.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/tenders/PRC-1999-000001")).Status);
    }

    private static Dictionary<string, string> Fields(string title, int submissionDays = 30, int clarificationDays = 20) => new()
    {
        ["Form.Title"] = title,
        ["Form.Description"] = "Resurfacing and markings on 3 km of road.",
        ["Form.Procedure"] = "OpenProcedure",
        ["Form.EvaluationMethod"] = "BestValue",
        ["Form.ClarificationDeadline"] = DateTime.UtcNow.AddDays(clarificationDays).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        ["Form.SubmissionDeadline"] = DateTime.UtcNow.AddDays(submissionDays).AddHours(1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        ["Form.Lots[0].Title"] = "Carriageway resurfacing",
        ["Form.Lots[0].CpvCode"] = "45233120-6",
        ["Form.Lots[0].Quantity"] = "12000",
        ["Form.Lots[0].UnitCode"] = "MTK",
        ["Form.Lots[0].EstimatedAmount"] = "850000",
        ["Form.Lots[0].Currency"] = "GBP",
        ["Form.Lots[1].Title"] = "Road markings",
        ["Form.Lots[1].CpvCode"] = "45233221-4",
        ["Form.Lots[1].Quantity"] = "3.5",
        ["Form.Lots[1].UnitCode"] = "KMT",
        ["Form.Lots[1].EstimatedAmount"] = "45000.50",
        ["Form.Lots[1].Currency"] = "GBP",
        ["Form.PriceWeight"] = "60",
        ["Form.Criteria[0].Name"] = "Technical merit",
        ["Form.Criteria[0].Weight"] = "30",
        ["Form.Criteria[1].Name"] = "Social value",
        ["Form.Criteria[1].Weight"] = "10",
        ["Form.Command"] = "save",
    };

    private async Task<Guid> CreateDraftAsync(WebSession officer, string title, Dictionary<string, string> fields)
    {
        var saved = await officer.SubmitAsync("/tenders/manage/new", "/tenders/manage/new", fields);
        Assert.Contains("The draft was saved", saved.Text, StringComparison.Ordinal);
        return await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Title == title).Select(t => t.Id).SingleAsync());
    }

    private Task<TenderStatus> StatusAsync(Guid id) => fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == id).Select(t => t.Status).SingleAsync());

    private async Task<string> SubscribedSupplierAsync(string prefix)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        var supplier = new Supplier($"Tender Alert {Guid.NewGuid():N}"[..24]);
        supplier.Completed(description: "Test company for tender alerts.", cpvCodes: ["45233120-6"]);
        supplier.SubscribeTo([prefix]);
        supplier.SubmitForVerification(Guid.Empty, DateTimeOffset.UtcNow);
        supplier.Verify(Guid.Empty, DateTimeOffset.UtcNow);
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"tender-alerts-{Guid.NewGuid():N}@supplier.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Alert Tester", SupplierId = supplier.Id };
        Assert.True((await users.CreateAsync(user, DemoOptions.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Supplier)).Succeeded);
        return email;
    }

    [GeneratedRegex(@"PRC-\d{4}-\d{6}")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"/tenders/PRC-\d{4}-\d{6}/documents/[0-9a-f-]{36}")]
    private static partial Regex DocumentLink();
}
