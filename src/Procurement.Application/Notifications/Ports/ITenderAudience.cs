namespace Procurement.Application.Notifications.Ports;

/// <summary>Who is told about a tender's clarifications, amendments and cancellation.</summary>
public interface ITenderAudience
{
    /// <summary>
    /// The users of every supplier interested in the tender: it follows the tender or asked a clarification question
    /// (and, once bids exist, has a bid). Each user once.
    /// </summary>
    Task<IReadOnlyList<Guid>> InterestedUsersAsync(Guid tenderId, CancellationToken cancellationToken);
}
