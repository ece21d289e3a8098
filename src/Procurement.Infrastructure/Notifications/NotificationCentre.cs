using Microsoft.EntityFrameworkCore;
using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Notifications;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Notifications;

/// <summary>
/// Stages notifications and mail as rows of the request's <see cref="ProcurementDbContext"/> (<c>notifications</c>,
/// <c>mail_outbox</c>), so they are written by whichever save comes next, in the same transaction as the change.
/// </summary>
internal sealed class NotificationCentre(ProcurementDbContext db, TimeProvider clock) : INotifications
{
    public async Task NotifyAsync(IReadOnlyCollection<Guid> userIds, Notice notice, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var users = await db.Users.AsNoTracking()
            .Where(user => ids.Contains(user.Id))
            .Select(user => new { user.Id, user.Email, user.EmailConfirmed })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var title = Shorten(notice.Title, Notice.MaxTitleLength);
        var text = Shorten(notice.Text, Notice.MaxTextLength);
        var link = notice.Link is null ? null : notice.Link.IsAbsoluteUri ? notice.Link.PathAndQuery : notice.Link.OriginalString;
        foreach (var user in users)
        {
            db.Notifications.Add(new Notification(user.Id, title, text, link, now));
            if (user.EmailConfirmed && !string.IsNullOrEmpty(user.Email))
            {
                db.MailOutbox.Add(new MailOutboxEntry(user.Email, title, MailBody(notice), now));
            }
        }
    }

    public void Mail(OutgoingMail mail) => db.MailOutbox.Add(new MailOutboxEntry(mail.To, mail.Subject, mail.TextBody, clock.GetUtcNow()));

    public async Task MailNowAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Mail(mail);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string MailBody(Notice notice) => notice.Link is { IsAbsoluteUri: true } link
        ? $"{notice.Text}\n\nRead more: {link}\n\nYou also find this under Notifications when you sign in."
        : $"{notice.Text}\n\nYou also find this under Notifications when you sign in.";

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
