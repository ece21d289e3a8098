namespace Procurement.Application.Orders;

public sealed record DeclineOrder(OrderActor Actor, Guid OrderId, string? Reason);

/// <summary>The supplier refuses an order placed with it, with a reason (a card payment is then refunded).</summary>
public sealed class DeclineOrderHandler(OrderSteps steps)
{
    public Task<OrderChange> HandleAsync(DeclineOrder command, CancellationToken cancellationToken) => steps.RunAsync(
        command.Actor,
        command.OrderId,
        command.Actor.IsSupplierSide,
        (order, now) => order.Decline(command.Actor.SupplierId!.Value, command.Reason ?? string.Empty, command.Actor.UserId, now),
        order => ([OrderAudience.Buyer], "declined by the supplier", $"The supplier declined the order. Reason: {order.Reason}"),
        cancellationToken,
        errorField: nameof(DeclineOrder.Reason));
}
