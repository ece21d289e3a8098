namespace Procurement.Application.Opening.Ports;

/// <summary>Told after a tender's bids were opened and the opening record committed (to notify the bidders).</summary>
public interface IOpeningSubscriber
{
    Task OnOpenedAsync(Guid tenderId, CancellationToken cancellationToken);
}
