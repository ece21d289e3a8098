namespace Procurement.Application.Orders.Ports;

/// <summary>Absolute links to the order pages, for notifications and e-mail.</summary>
public interface IOrderLinks
{
    /// <summary>The order's page (<c>/orders/{id}</c>), which shows each viewer the actions open to them.</summary>
    Uri Order(Guid orderId);
}
