using Microsoft.EntityFrameworkCore;
using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Notifications;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Notifications;

internal sealed class NotificationInbox(ProcurementDbContext db, TimeProvider clock) : INotificationInbox
{
    public async Task<IReadOnlyList<Notification>> LatestAsync(Guid userId, int count, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(notification => notification.UserId == userId)
            .OrderByDescending(notification => notification.CreatedAt).ThenByDescending(notification => notification.Id)
            .Take(count)
            .ToListAsync(cancellationToken);

    public Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(notification => notification.UserId == userId && notification.ReadAt == null, cancellationToken);

    public async Task<bool> MarkReadAsync(Guid userId, Guid notificationId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<int> MarkAllReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, (DateTimeOffset?)now), cancellationToken);
    }
}
