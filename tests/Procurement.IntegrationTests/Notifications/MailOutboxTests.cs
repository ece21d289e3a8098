using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Procurement.Application.Notifications.Ports;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Notifications;
using Procurement.IntegrationTests.Search;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Notifications;

public sealed class MailOutboxTests(AppFixture fixture)
{
    private static readonly MailOutboxOptions _options = new() { MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_mail_the_server_refuses_is_retried_with_growing_waits_and_sent_once_the_server_takes_it()
    {
        await using var isolated = await IsolatedSearchServices.StartAsync(fixture.Postgres);
        await QueueAsync(isolated, new OutgoingMail("retry@supplier.test", "Clarification published", "The answer is yes."));
        var mailer = new FailingMailer(failures: 2);

        Assert.Equal(new MailDrainResult(1, 0, 1), await DrainAsync(isolated, mailer, TimeSpan.Zero));
        var entry = await EntryAsync(isolated);
        Assert.Equal((1, null), (entry.Attempts, entry.DeadAt));
        Assert.Contains("SmtpException: 421 service not available", entry.LastError, StringComparison.Ordinal);
        Assert.InRange(entry.NextAttemptAt!.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31));
        Assert.Equal(new MailDrainResult(0, 0, 0), await DrainAsync(isolated, mailer, TimeSpan.Zero));

        Assert.Equal(new MailDrainResult(1, 0, 1), await DrainAsync(isolated, mailer, TimeSpan.FromSeconds(31)));
        Assert.Equal(TimeSpan.FromMinutes(1), _options.RetryDelay(2));
        Assert.Equal(new MailDrainResult(0, 0, 0), await DrainAsync(isolated, mailer, TimeSpan.FromSeconds(62)));
        Assert.Equal(new MailDrainResult(1, 1, 0), await DrainAsync(isolated, mailer, TimeSpan.FromSeconds(95)));

        var sent = Assert.Single(mailer.Sent);
        Assert.Equal(("retry@supplier.test", "Clarification published", "The answer is yes."), (sent.To, sent.Subject, sent.TextBody));
        Assert.False(await WithDbAsync(isolated, db => db.MailOutbox.AnyAsync()));
    }

    [Fact]
    public async Task A_mail_that_keeps_failing_is_kept_as_dead_after_the_limit_and_an_admin_can_queue_it_again()
    {
        await using var isolated = await IsolatedSearchServices.StartAsync(fixture.Postgres);
        await QueueAsync(isolated, new OutgoingMail("dead@supplier.test", "Tender cancelled", "Reason: budget withdrawn."));
        var mailer = new FailingMailer(failures: int.MaxValue);

        var elapsed = TimeSpan.Zero;
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            Assert.Equal(new MailDrainResult(1, 0, 1), await DrainAsync(isolated, mailer, elapsed));
            elapsed += _options.RetryDelay(attempt) + TimeSpan.FromSeconds(1);
        }

        var entry = await EntryAsync(isolated);
        Assert.Equal((_options.MaxAttempts, true), (entry.Attempts, entry.DeadAt is not null));
        Assert.Equal(new MailDrainResult(0, 0, 0), await DrainAsync(isolated, mailer, elapsed + TimeSpan.FromDays(1)));

        await using (var scope = isolated.Services.CreateAsyncScope())
        {
            var health = scope.ServiceProvider.GetRequiredService<MailOutboxHealth>();
            var state = await health.ReadAsync(CancellationToken.None);
            Assert.Equal((0, 0), (state.Queued, state.Retrying));
            var dead = Assert.Single(state.Dead);
            Assert.Equal(("dead@supplier.test", "Tender cancelled"), (dead.To, dead.Subject));
            Assert.Equal(1, await health.RetryDeadAsync(CancellationToken.None));
        }

        Assert.Equal(new MailDrainResult(1, 1, 0), await DrainAsync(isolated, new FailingMailer(failures: 0), TimeSpan.Zero));
    }

    [Fact]
    public async Task Staged_mail_is_written_only_with_the_change_it_reports()
    {
        await using var isolated = await IsolatedSearchServices.StartAsync(fixture.Postgres);
        await using (var scope = isolated.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<INotifications>().Mail(new OutgoingMail("never@supplier.test", "Never saved", "The change was abandoned."));
        }

        Assert.False(await WithDbAsync(isolated, db => db.MailOutbox.AnyAsync()));
    }

    [Fact]
    public async Task The_admin_page_lists_dead_mail_with_its_error_and_queues_it_again()
    {
        var address = $"dead-{Guid.NewGuid():N}@supplier.test";
        await fixture.App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO mail_outbox (to_address, subject, text_body, enqueued_at, attempts, last_error, dead_at) VALUES ({address}, 'Tender cancelled', 'The tender was cancelled.', now(), 8, 'SmtpException: mailbox unavailable', now())"));
        using var admin = new WebSession(fixture.App);
        await Identity.TestAccounts.SignInAsync(admin, "admin@procurement.test");
        await Identity.TestAccounts.EnterCodeAsync(admin, AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));

        var page = await admin.GetAsync("/admin/mail");
        Assert.Contains(address, page.Text, StringComparison.Ordinal);
        Assert.Contains("SmtpException: mailbox unavailable", page.Text, StringComparison.Ordinal);

        var retried = await admin.SubmitAsync("/admin/mail", "/admin/mail/retry-dead", new Dictionary<string, string>());
        Assert.Contains("queued again", retried.Text, StringComparison.Ordinal);
        Assert.Contains("The tender was cancelled.", Mailbox.LatestTo(fixture.App, address), StringComparison.Ordinal);
    }

    private static async Task QueueAsync(IsolatedSearchServices isolated, OutgoingMail mail)
    {
        await using var scope = isolated.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<INotifications>().MailNowAsync(mail, CancellationToken.None);
    }

    private static async Task<MailDrainResult> DrainAsync(IsolatedSearchServices isolated, FailingMailer mailer, TimeSpan later)
    {
        await using var scope = isolated.Services.CreateAsyncScope();
        var drainer = new MailOutboxDrainer(
            scope.ServiceProvider.GetRequiredService<ProcurementDbContext>(), mailer, Options.Create(_options), new ShiftedClock(later), NullLogger<MailOutboxDrainer>.Instance);
        return await drainer.DrainOnceAsync(CancellationToken.None);
    }

    private static Task<MailOutboxEntry> EntryAsync(IsolatedSearchServices isolated) => WithDbAsync(isolated, db => db.MailOutbox.AsNoTracking().SingleAsync());

    private static async Task<T> WithDbAsync<T>(IsolatedSearchServices isolated, Func<ProcurementDbContext, Task<T>> work)
    {
        await using var scope = isolated.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProcurementDbContext>());
    }

    /// <summary>A mail server that refuses the first <c>failures</c> mails it is given, then takes them.</summary>
    private sealed class FailingMailer(int failures) : IMailer
    {
        private int _refused;

        public List<OutgoingMail> Sent { get; } = [];

        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            if (_refused < failures)
            {
                _refused++;
                throw new System.Net.Mail.SmtpException("421 service not available");
            }

            Sent.Add(mail);
            return Task.CompletedTask;
        }
    }
}
