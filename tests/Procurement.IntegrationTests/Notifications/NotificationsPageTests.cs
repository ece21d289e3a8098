using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Database;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Notifications;

public sealed class NotificationsPageTests(AppFixture fixture)
{
    [Fact]
    public async Task A_user_reads_notifications_newest_first_and_marks_one_then_all_read()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Supplier);
        var userId = await UserIdAsync(email);
        await NotifyAsync(userId, new Notice("First notice", "Older text.", new Uri("https://procurement.test/tenders/PRC-2026-000001")));
        await NotifyAsync(userId, new Notice("Second notice", "Newer text."));
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(email);

        var page = await session.GetAsync("/notifications");
        Assert.Contains("Notifications (2 unread)", page.Text, StringComparison.Ordinal);
        Assert.True(page.Text.IndexOf("Second notice", StringComparison.Ordinal) < page.Text.IndexOf("First notice", StringComparison.Ordinal));
        Assert.Contains("href=\"/tenders/PRC-2026-000001\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Newer text.", Mailbox.LatestTo(fixture.App, email), StringComparison.Ordinal);

        var first = await fixture.App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == userId && n.Title == "First notice").Select(n => n.Id).SingleAsync());
        var one = await session.SubmitAsync("/notifications", $"/notifications/{first}/read", new Dictionary<string, string>());
        Assert.Contains("Notifications (1 unread)", one.Text, StringComparison.Ordinal);

        var all = await session.SubmitAsync("/notifications", "/notifications/read-all", new Dictionary<string, string>());
        Assert.Contains("1 notification is marked as read", all.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("unread)", all.Text, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null)));
    }

    [Fact]
    public async Task Nobody_marks_another_users_notification_and_the_page_needs_a_sign_in()
    {
        var owner = await UserIdAsync(await fixture.App.CreateConfirmedUserAsync(Roles.Supplier));
        await NotifyAsync(owner, new Notice("Private notice", "Not yours."));
        var id = await fixture.App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == owner).Select(n => n.Id).SingleAsync());

        using var visitor = new WebSession(fixture.App);
        Assert.Contains("/account/sign-in", (await visitor.GetAsync("/notifications", followRedirects: false)).Location, StringComparison.Ordinal);

        using var other = new WebSession(fixture.App);
        await other.SignInAsync(await fixture.App.CreateConfirmedUserAsync(Roles.Supplier));
        Assert.Equal(HttpStatusCode.NotFound, (await other.SubmitAsync("/notifications", $"/notifications/{id}/read", new Dictionary<string, string>())).Status);
        Assert.DoesNotContain("Private notice", (await other.GetAsync("/notifications")).Text, StringComparison.Ordinal);
        Assert.Null(await fixture.App.WithDbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));
    }

    private async Task NotifyAsync(Guid userId, Notice notice)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<INotifications>().NotifyAsync([userId], notice, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ProcurementDbContext>().SaveChangesAsync();
    }

    private Task<Guid> UserIdAsync(string email) => fixture.App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
