namespace Procurement.Application.Orders;

public sealed record CancelOrder(OrderActor Actor, Guid OrderId, string? Reason);

/// <summary>A buyer of the order's agency withdraws it before it ships, with a reason (a card payment is then refunded).</summary>
public sealed class CancelOrderHandler(OrderSteps steps)
{
    public Task<OrderChange> HandleAsync(CancelOrder command, CancellationToken cancellationToken) => steps.RunAsync(
        command.Actor,
        command.OrderId,
        command.Actor.MayBuyFor,
        (order, now) => order.Cancel(command.Actor.UserId, command.Reason ?? string.Empty, now),
        order => ([OrderAudience.Supplier, OrderAudience.Approvers], "cancelled by the buyer", $"The buyer cancelled the order. Reason: {order.Reason}"),
        cancellationToken,
        errorField: nameof(CancelOrder.Reason));
}
