using System.Net;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Tenders;

public sealed class ClarificationTests(AppFixture fixture)
{
    [Fact]
    public async Task A_supplier_asks_the_officer_answers_and_every_interested_supplier_is_told_without_naming_the_asker()
    {
        using var officer = await fixture.App.SignedInOfficerAsync();
        var (id, reference) = await fixture.App.PublishAsync(officer, $"Gritting {Guid.NewGuid():N}"[..24]);
        var (askerEmail, askerCompany) = await SupplierUserAsync("Asker");
        var (followerEmail, _) = await SupplierUserAsync("Follower");
        var (bystanderEmail, _) = await SupplierUserAsync("Bystander");

        using var follower = await SignedInAsync(followerEmail);
        var followed = await follower.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/follow", new Dictionary<string, string>());
        Assert.Contains("Stop following", followed.Text, StringComparison.Ordinal);

        using var asker = await SignedInAsync(askerEmail);
        var asked = await asker.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/questions",
            new Dictionary<string, string> { ["Ask.Question"] = $"{askerCompany} asks: may the grit be stored at our Durham depot?" });
        Assert.Contains("Your question was sent", asked.Text, StringComparison.Ordinal);
        Assert.Contains("Waiting for an answer", asked.Text, StringComparison.Ordinal);

        var told = await officer.GetAsync("/notifications");
        Assert.Contains($"New question: {reference}", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(askerCompany, told.Text, StringComparison.Ordinal);
        var questions = await officer.GetAsync($"/tenders/manage/{id}/questions");
        Assert.Contains("Waiting for an answer (1)", questions.Text, StringComparison.Ordinal);
        var clarificationId = await fixture.App.WithDbAsync(db => db.Clarifications.Where(c => c.TenderId == id).Select(c => c.Id).SingleAsync());
        var refused = await officer.SubmitAsync($"/tenders/manage/{id}/questions/{clarificationId}", $"/tenders/manage/{id}/questions/{clarificationId}",
            new Dictionary<string, string> { ["Form.PublishedQuestion"] = "May grit be stored off site?", ["Form.Answer"] = "" });
        Assert.Contains("Write the answer", refused.Text, StringComparison.Ordinal);
        Assert.Contains("May grit be stored off site?", refused.Html, StringComparison.Ordinal);

        var answered = await officer.SubmitAsync($"/tenders/manage/{id}/questions/{clarificationId}", $"/tenders/manage/{id}/questions/{clarificationId}",
            new Dictionary<string, string> { ["Form.PublishedQuestion"] = "May grit be stored off site?", ["Form.Answer"] = "Yes, at a depot within 20 miles of the county boundary." });
        Assert.Contains("every interested supplier has been told", answered.Text, StringComparison.Ordinal);

        using var visitor = new WebSession(fixture.App);
        var page = await visitor.GetAsync($"/tenders/{reference}");
        Assert.Contains("May grit be stored off site?", page.Text, StringComparison.Ordinal);
        Assert.Contains("Yes, at a depot within 20 miles", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(askerCompany, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Durham depot", page.Html, StringComparison.Ordinal);
        var api = await visitor.GetAsync($"/api/tenders/{reference}");
        Assert.Equal(HttpStatusCode.OK, api.Status);
        Assert.Contains("\"question\":\"May grit be stored off site?\"", api.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(askerCompany, api.Html, StringComparison.Ordinal);

        Assert.Contains("Yes, at a depot within 20 miles", Mailbox.LatestTo(fixture.App, followerEmail), StringComparison.Ordinal);
        Assert.Contains("Yes, at a depot within 20 miles", Mailbox.LatestTo(fixture.App, askerEmail), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Mailbox.LatestTo(fixture.App, bystanderEmail));
        Assert.Equal(1, await NotificationsAsync(followerEmail));
        Assert.Equal(1, await NotificationsAsync(askerEmail));
        Assert.Equal(0, await NotificationsAsync(bystanderEmail));
        Assert.Equal(
            [ClarificationEventKind.Asked, ClarificationEventKind.Answered],
            await fixture.App.WithDbAsync(db => db.ClarificationEvents.Where(e => e.ClarificationId == clarificationId).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync()));
    }

    [Fact]
    public async Task A_question_after_the_clarification_deadline_is_refused_and_what_was_typed_is_kept()
    {
        using var officer = await fixture.App.SignedInOfficerAsync();
        var (id, reference) = await fixture.App.PublishAsync(officer, $"Late question {Guid.NewGuid():N}"[..28]);
        await fixture.App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE tenders SET clarification_deadline = now() - interval '1 minute' WHERE id = {id}"));
        var (email, _) = await SupplierUserAsync("Late");
        using var supplier = await SignedInAsync(email);

        var page = await supplier.GetAsync($"/tenders/{reference}");
        Assert.DoesNotContain("Send the question", page.Text, StringComparison.Ordinal);
        var refused = await supplier.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/questions",
            new Dictionary<string, string> { ["Ask.Question"] = "Is it too late to ask?" });
        Assert.Contains("The deadline for questions passed on", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Is it too late to ask?", refused.Html, StringComparison.Ordinal);
        Assert.False(await fixture.App.WithDbAsync(db => db.Clarifications.AnyAsync(c => c.TenderId == id)));
    }

    [Fact]
    public async Task Only_an_officer_of_the_tenders_agency_sees_and_answers_its_questions()
    {
        using var officer = await fixture.App.SignedInOfficerAsync();
        var (id, reference) = await fixture.App.PublishAsync(officer, $"Other agency {Guid.NewGuid():N}"[..27]);
        var (email, _) = await SupplierUserAsync("Curious");
        using var supplier = await SignedInAsync(email);
        await supplier.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/questions", new Dictionary<string, string> { ["Ask.Question"] = "Who maintains the gritters?" });
        var clarificationId = await fixture.App.WithDbAsync(db => db.Clarifications.Where(c => c.TenderId == id).Select(c => c.Id).SingleAsync());

        using var county = await fixture.App.SignedInOfficerAsync("officer.county@procurement.test");
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/tenders/manage/{id}/questions")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/tenders/manage/{id}/questions/{clarificationId}")).Status);
        var posted = await county.SubmitAsync("/tenders/manage", $"/tenders/manage/{id}/questions/{clarificationId}",
            new Dictionary<string, string> { ["Form.PublishedQuestion"] = "Q", ["Form.Answer"] = "A" });
        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        Assert.False(await fixture.App.WithDbAsync(db => db.Clarifications.Where(c => c.Id == clarificationId).Select(c => c.AnsweredAt != null).SingleAsync()));
    }

    [Fact]
    public async Task A_supplier_follows_and_stops_following_a_tender()
    {
        using var officer = await fixture.App.SignedInOfficerAsync();
        var (id, reference) = await fixture.App.PublishAsync(officer, $"Follow {Guid.NewGuid():N}"[..22]);
        var (email, _) = await SupplierUserAsync("Follow");
        using var supplier = await SignedInAsync(email);

        Assert.Contains("Follow this tender", (await supplier.GetAsync($"/tenders/{reference}")).Text, StringComparison.Ordinal);
        await supplier.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/follow", new Dictionary<string, string>());
        await supplier.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/follow", new Dictionary<string, string>());
        Assert.Equal(1, await fixture.App.WithDbAsync(db => db.TenderFollowers.CountAsync(f => f.TenderId == id)));

        var stopped = await supplier.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/unfollow", new Dictionary<string, string>());
        Assert.Contains("no longer follows", stopped.Text, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.TenderFollowers.CountAsync(f => f.TenderId == id)));

        using var visitor = new WebSession(fixture.App);
        Assert.DoesNotContain("Follow this tender", (await visitor.GetAsync($"/tenders/{reference}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_published_tender_tells_its_followers_the_reason()
    {
        using var officer = await fixture.App.SignedInOfficerAsync();
        var (id, reference) = await fixture.App.PublishAsync(officer, $"Cancelled {Guid.NewGuid():N}"[..25]);
        var (email, _) = await SupplierUserAsync("Cancel");
        using var supplier = await SignedInAsync(email);
        await supplier.SubmitAsync($"/tenders/{reference}", $"/tenders/{reference}/follow", new Dictionary<string, string>());

        await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/cancel",
            new Dictionary<string, string> { ["Cancellation.Reason"] = "The gritting contract was extended for a year." });

        var mail = Mailbox.LatestTo(fixture.App, email);
        Assert.Contains($"has cancelled the tender {reference}", mail, StringComparison.Ordinal);
        Assert.Contains("The gritting contract was extended for a year.", mail, StringComparison.Ordinal);
        var notifications = await supplier.GetAsync("/notifications");
        Assert.Contains("The gritting contract was extended for a year.", notifications.Text, StringComparison.Ordinal);
        Assert.Contains("Notifications (1 unread)", notifications.Text, StringComparison.Ordinal);
    }

    private async Task<(string Email, string Company)> SupplierUserAsync(string name)
    {
        var company = $"{name} Clarify {Guid.NewGuid():N}"[..26];
        var supplier = new Supplier(company).Completed().VerifiedAt(DateTimeOffset.UtcNow);
        return (await fixture.App.AddWithUserAsync(supplier, name.ToLowerInvariant(), $"{name} Tester", DemoOptions.Password), company);
    }

    private async Task<WebSession> SignedInAsync(string email)
    {
        var session = new WebSession(fixture.App);
        await Identity.TestAccounts.SignInAsync(session, email);
        return session;
    }

    private Task<int> NotificationsAsync(string email) => fixture.App.WithDbAsync(db =>
        db.Notifications.CountAsync(n => db.Users.Any(u => u.Email == email && u.Id == n.UserId)));
}
