namespace Procurement.Application.Orders;

public sealed record AcceptOrder(OrderActor Actor, Guid OrderId);

/// <summary>The supplier accepts an order placed with it.</summary>
public sealed class AcceptOrderHandler(OrderSteps steps)
{
    public Task<OrderChange> HandleAsync(AcceptOrder command, CancellationToken cancellationToken) => steps.RunAsync(
        command.Actor,
        command.OrderId,
        command.Actor.IsSupplierSide,
        (order, now) => order.Accept(command.Actor.SupplierId!.Value, command.Actor.UserId, now),
        _ => ([OrderAudience.Buyer], "accepted by the supplier", "The supplier accepted the order and will ship it."),
        cancellationToken);
}
