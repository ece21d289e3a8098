namespace Procurement.Application.Payments.Ports;

/// <summary>
/// The provider events already acted on, so that each is acted on once whatever the provider redelivers: an event is
/// claimed in a transaction that the order's change then joins, so the claim and the change commit or roll back
/// together. Two deliveries of one event at once serialise on the claim: the second waits for the first and then finds
/// it processed.
/// </summary>
public interface IPaymentNotificationLog
{
    /// <summary>
    /// Begins a transaction and records the event in it. Returns null (and no transaction) when the event was already
    /// processed, waiting first for a delivery of the same event still in progress.
    /// </summary>
    Task<IPaymentNotificationClaim?> ClaimAsync(string eventId, string eventType, CancellationToken cancellationToken);
}

/// <summary>The claimed event's transaction; disposed without a commit, it rolls back and the event stays unprocessed.</summary>
public interface IPaymentNotificationClaim : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
