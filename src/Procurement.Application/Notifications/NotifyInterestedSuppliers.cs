using Procurement.Application.Notifications.Ports;

namespace Procurement.Application.Notifications;

/// <summary>
/// Tells every supplier interested in a tender (see <see cref="ITenderAudience"/>) about it, staged in the caller's
/// unit of work like <see cref="INotifications.NotifyAsync"/>: call it before saving the change it reports.
/// </summary>
public sealed class NotifyInterestedSuppliers(ITenderAudience audience, INotifications notifications)
{
    /// <param name="alsoUsers">Users told besides the audience (e.g. the asker of a question), each once.</param>
    public async Task NotifyAsync(Guid tenderId, Notice notice, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? alsoUsers = null)
    {
        var users = (await audience.InterestedUsersAsync(tenderId, cancellationToken)).Concat(alsoUsers ?? []).Distinct().ToList();
        if (users.Count > 0)
        {
            await notifications.NotifyAsync(users, notice, cancellationToken);
        }
    }
}
