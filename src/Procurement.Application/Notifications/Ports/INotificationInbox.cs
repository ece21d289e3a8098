using Procurement.Domain.Notifications;

namespace Procurement.Application.Notifications.Ports;

/// <summary>A user's own in-app notifications: the list, the unread count, and marking them read.</summary>
public interface INotificationInbox
{
    /// <summary>The user's newest notifications first, at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<Notification>> LatestAsync(Guid userId, int count, CancellationToken cancellationToken);

    Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Marks one of the user's notifications read; false when the user has no such notification.</summary>
    Task<bool> MarkReadAsync(Guid userId, Guid notificationId, CancellationToken cancellationToken);

    /// <summary>Marks every unread notification of the user read; returns how many there were.</summary>
    Task<int> MarkAllReadAsync(Guid userId, CancellationToken cancellationToken);
}
