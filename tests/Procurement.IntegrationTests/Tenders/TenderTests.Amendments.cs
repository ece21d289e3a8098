using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Scheduling.Ports;
using Procurement.Domain.Tenders;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Tenders;

/// <summary>Amendments of published tenders, over HTTP against PostgreSQL: versions, history, the opening key and its job.</summary>
public sealed partial class TenderTests
{
    [Fact]
    public async Task An_officer_amends_a_published_tender_and_the_public_sees_the_new_version_and_its_history()
    {
        var follower = await SubscribedSupplierAsync("4523");
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Amend test {Guid.NewGuid():N}"[..26];
        var fields = Fields(title);
        var (id, reference) = await PublishedAsync(officer, title, fields);
        using (var supplier = new WebSession(fixture.App))
        {
            await supplier.SignInAsync(follower);
            await supplier.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/follow", new Dictionary<string, string>());
        }

        var form = await officer.GetAsync($"/tenders/manage/{id}/amend");
        Assert.Contains($"Amend {reference}", form.Text, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", form.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"Form_Material\"[^>]*checked", form.Html);
        Assert.DoesNotContain("Remove lot 1", form.Text, StringComparison.Ordinal);

        fields["Form.Description"] = "Resurfacing and markings on 3.2 km of road, with new kerbs.";
        fields["Form.ChangeSummary"] = "The works cover 3.2 km and include new kerbs.";
        fields["Form.Material"] = "true";
        var saved = await officer.SubmitAsync($"/tenders/manage/{id}/amend", $"/tenders/manage/{id}/amend", fields);
        Assert.Contains("The tender is amended: version 2 is public", saved.Text, StringComparison.Ordinal);

        using var visitor = new WebSession(fixture.App);
        var page = await visitor.GetAsync($"/tenders/{reference}");
        Assert.Contains("Version 2, last amended", page.Text, StringComparison.Ordinal);
        Assert.Contains("with new kerbs", page.Text, StringComparison.Ordinal);
        Assert.Contains("Amendment history", page.Text, StringComparison.Ordinal);
        Assert.Contains("The works cover 3.2 km and include new kerbs.", page.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/tenders/{reference}/versions/1\"", page.Html, StringComparison.Ordinal);

        var first = await visitor.GetAsync($"/tenders/{reference}/versions/1");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("This is an earlier version, as published", first.Text, StringComparison.Ordinal);
        Assert.Contains("Resurfacing and markings on 3 km of road.", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("with new kerbs", first.Text, StringComparison.Ordinal);
        Assert.Equal($"/tenders/{reference}", (await visitor.GetAsync($"/tenders/{reference}/versions/2")).Path);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tenders/{reference}/versions/3")).Status);

        var api = await visitor.GetAsync($"/api/tenders/{reference}");
        Assert.Contains("\"version\":2", api.Html, StringComparison.Ordinal);
        Assert.Contains("\"summary\":\"The works cover 3.2 km and include new kerbs.\",\"material\":true", api.Html, StringComparison.Ordinal);

        var tender = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(2, tender.Version);
        Assert.Equal(tender.LastAmendedAt, tender.LastMaterialAmendmentAt);
        Assert.Equal(
            [(1, (string?)null), (2, "The works cover 3.2 km and include new kerbs.")],
            (await fixture.App.WithDbAsync(db => db.TenderVersions.Where(v => v.TenderId == id).OrderBy(v => v.Number).ToListAsync())).Select(v => (v.Number, v.ChangeSummary)));
        Assert.Contains(TenderEventKind.Amended, await EventsAsync(id));

        var mail = Mailbox.LatestTo(fixture.App, follower);
        Assert.Contains($"has amended the tender {reference}", mail, StringComparison.Ordinal);
        Assert.Contains("This is a material amendment", mail, StringComparison.Ordinal);
        Assert.Contains("The works cover 3.2 km and include new kerbs.", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extending_the_deadline_keeps_the_key_pair_and_moves_its_not_before_in_the_database()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Extend test {Guid.NewGuid():N}"[..27];
        var fields = Fields(title);
        var (id, _) = await PublishedAsync(officer, title, fields);
        var before = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().Where(t => t.Id == id).Select(t => t.OpeningKey).SingleAsync());
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var context = SealingContext.ForBid(id, Guid.NewGuid(), Guid.NewGuid(), 1);
        var sealedBefore = scope.ServiceProvider.GetRequiredService<IBidSealer>().Seal(Encoding.UTF8.GetBytes("a bid sealed before the extension"), before!.PublicKey, context);

        var extended = DateTime.ParseExact(fields["Form.SubmissionDeadline"], "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture).AddDays(7);
        fields["Form.SubmissionDeadline"] = extended.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        fields["Form.ChangeSummary"] = "A week more for site visits.";
        fields["Form.Material"] = "true";
        var saved = await officer.SubmitAsync($"/tenders/manage/{id}/amend", $"/tenders/manage/{id}/amend", fields);
        Assert.Contains("version 2 is public", saved.Text, StringComparison.Ordinal);

        var after = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.SubmissionDeadline, t.OpeningKey }).SingleAsync());
        var newDeadline = new DateTimeOffset(DateTime.SpecifyKind(extended, DateTimeKind.Utc));
        Assert.Equal(newDeadline, after.SubmissionDeadline);
        Assert.Equal(newDeadline, after.OpeningKey!.NotBefore);
        Assert.Equal(before.PublicKey, after.OpeningKey.PublicKey);
        Assert.Equal(before.Fingerprint, after.OpeningKey.Fingerprint);
        Assert.NotEqual(before.WrapNonce, after.OpeningKey.WrapNonce);
        Assert.Contains(TenderEventKind.OpeningPostponed, await EventsAsync(id));

        var vault = scope.ServiceProvider.GetRequiredService<IOpeningKeyVault>();
        var wrapped = new WrappedOpeningKey(after.OpeningKey.WrapFormat, after.OpeningKey.KeyEncryptionKeyId, after.OpeningKey.WrapNonce, after.OpeningKey.WrappedPrivateKey);
        await Assert.ThrowsAsync<OpeningTooEarlyException>(() => vault.UnwrapForOpeningAsync(id, wrapped, after.OpeningKey.NotBefore, before.NotBefore.AddMinutes(1), CancellationToken.None));
        var oldWrapping = new WrappedOpeningKey(before.WrapFormat, before.KeyEncryptionKeyId, before.WrapNonce, before.WrappedPrivateKey);
        using (var opener = await vault.UnwrapForOpeningAsync(id, wrapped, after.OpeningKey.NotBefore, after.OpeningKey.NotBefore, CancellationToken.None))
        {
            Assert.Equal("a bid sealed before the extension", Encoding.UTF8.GetString(opener.Open(sealedBefore, context).Plaintext!));
        }

        // The old wrapping is bound to the old time; the database now says the new one, so it is useless.
        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() => vault.UnwrapForOpeningAsync(id, oldWrapping, after.OpeningKey.NotBefore, after.OpeningKey.NotBefore, CancellationToken.None));
    }

    [Fact]
    public async Task Extending_the_deadline_moves_a_scheduled_opening()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Trigger test {Guid.NewGuid():N}"[..28];
        var fields = Fields(title);
        var (id, _) = await PublishedAsync(officer, title, fields);
        var deadline = await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == id).Select(t => t.SubmissionDeadline).SingleAsync());
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IJobScheduler>();
        await scheduler.ScheduleAsync(ScheduledWork.OpenBids, id, deadline, CancellationToken.None);

        var extended = DateTime.ParseExact(fields["Form.SubmissionDeadline"], "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture).AddDays(3);
        fields["Form.SubmissionDeadline"] = extended.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        fields["Form.ChangeSummary"] = "Three more days.";
        await officer.SubmitAsync($"/tenders/manage/{id}/amend", $"/tenders/manage/{id}/amend", fields);

        Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(extended, DateTimeKind.Utc)), await scheduler.NextRunAsync(ScheduledWork.OpenBids, id, CancellationToken.None));
        await scheduler.CancelAsync(ScheduledWork.OpenBids, id, CancellationToken.None);
    }

    [Fact]
    public async Task A_deadline_brought_forward_is_refused_in_the_page_with_everything_typed_kept()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Forward test {Guid.NewGuid():N}"[..28];
        var fields = Fields(title);
        var (id, _) = await PublishedAsync(officer, title, fields);

        var sooner = DateTime.ParseExact(fields["Form.SubmissionDeadline"], "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture).AddDays(-2);
        fields["Form.SubmissionDeadline"] = sooner.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        fields["Form.Lots[0].Title"] = "Carriageway resurfacing and kerbs";
        fields["Form.ChangeSummary"] = "Bring the deadline forward.";
        fields["Form.Material"] = "true";
        var refused = await officer.SubmitAsync($"/tenders/manage/{id}/amend", $"/tenders/manage/{id}/amend", fields);

        Assert.Contains("There is a problem", refused.Text, StringComparison.Ordinal);
        Assert.Contains("The submission deadline can be extended but not brought forward", refused.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_SubmissionDeadline\"", refused.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Carriageway resurfacing and kerbs\"", refused.Html, StringComparison.Ordinal);
        Assert.Contains("Bring the deadline forward.", refused.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{fields["Form.SubmissionDeadline"]}\"", refused.Html, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == id).Select(t => t.Version).SingleAsync()));

        fields["Form.SubmissionDeadline"] = Fields(title)["Form.SubmissionDeadline"];
        var lotRemoved = await officer.SubmitAsync($"/tenders/manage/{id}/amend", $"/tenders/manage/{id}/amend", WithoutLot(fields, 1));
        Assert.Contains("Lots cannot be removed from a published tender: withdrawing lot 2 (Road markings) would cancel that lot.", lotRemoved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_of_another_agency_cannot_amend_the_tender()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Other agency {Guid.NewGuid():N}"[..28];
        var fields = Fields(title);
        var (id, _) = await PublishedAsync(officer, title, fields);

        using var other = await fixture.App.SignedInOfficerAsync(CountyOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tenders/manage/{id}/amend")).Status);
        fields["Form.ChangeSummary"] = "Not mine to change.";
        fields["Form.Title"] = "Taken over";
        Assert.Equal(HttpStatusCode.NotFound, (await other.SubmitAsync("/tenders/manage/new", $"/tenders/manage/{id}/amend", fields)).Status);
        Assert.Equal(1, await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == id).Select(t => t.Version).SingleAsync()));
    }

    [Fact]
    public async Task An_amendment_after_the_submission_deadline_is_refused()
    {
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var title = $"Late test {Guid.NewGuid():N}"[..25];
        var fields = Fields(title);
        var (id, _) = await PublishedAsync(officer, title, fields);
        await fixture.App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE tenders SET clarification_deadline = now() - interval '2 minutes', submission_deadline = now() - interval '1 minute' WHERE id = {id}"));

        fields["Form.ChangeSummary"] = "Too late.";
        fields["Form.Description"] = "Changed after the deadline.";
        var refused = await officer.SubmitAsync($"/tenders/manage/{id}/amend", $"/tenders/manage/{id}/amend", fields);

        Assert.Contains("so the tender can no longer be amended", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Changed after the deadline.", refused.Html, StringComparison.Ordinal);
        var tender = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(1, tender.Version);
        Assert.Equal("Resurfacing and markings on 3 km of road.", tender.Description);
        Assert.Contains("can no longer be amended", (await officer.GetAsync($"/tenders/manage/{id}/amend")).Text, StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string Reference)> PublishedAsync(WebSession officer, string title, Dictionary<string, string> fields)
    {
        var id = await CreateDraftAsync(officer, title, fields);
        var published = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());
        return (id, ReferencePattern().Match(published.Text).Value);
    }

    private Task<List<TenderEventKind>> EventsAsync(Guid id) =>
        fixture.App.WithDbAsync(db => db.TenderEvents.Where(e => e.TenderId == id).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());

    private static Dictionary<string, string> WithoutLot(Dictionary<string, string> fields, int lot) =>
        fields.Where(field => !field.Key.StartsWith($"Form.Lots[{lot}].", StringComparison.Ordinal)).ToDictionary();
}
