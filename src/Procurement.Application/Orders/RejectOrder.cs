namespace Procurement.Application.Orders;

public sealed record RejectOrder(OrderActor Actor, Guid OrderId, string? Reason);

/// <summary>An approver of the order's agency refuses it, with a reason the buyer reads.</summary>
public sealed class RejectOrderHandler(OrderSteps steps)
{
    public Task<OrderChange> HandleAsync(RejectOrder command, CancellationToken cancellationToken) => steps.RunAsync(
        command.Actor,
        command.OrderId,
        command.Actor.MayApprove,
        (order, now) => order.Reject(command.Actor.UserId, command.Reason ?? string.Empty, now),
        order => ([OrderAudience.Buyer], "rejected", $"The order was rejected by an approver. Reason: {order.Reason}"),
        cancellationToken,
        errorField: nameof(RejectOrder.Reason));
}
