using Procurement.Domain.Orders;

namespace Procurement.Application.Orders;

public sealed record ApproveOrder(OrderActor Actor, Guid OrderId);

/// <summary>An approver of the order's agency (never its own buyer) approves an order above the threshold.</summary>
public sealed class ApproveOrderHandler(OrderSteps steps)
{
    public Task<OrderChange> HandleAsync(ApproveOrder command, CancellationToken cancellationToken) => steps.RunAsync(
        command.Actor,
        command.OrderId,
        command.Actor.MayApprove,
        (order, now) => order.Approve(command.Actor.UserId, now),
        order => order.Status == OrderStatus.Placed
            ? ([OrderAudience.Buyer, OrderAudience.Supplier], "approved", "The order was approved and is now with the supplier, who accepts or declines it.")
            : ([OrderAudience.Buyer], "approved, to be paid by card", "The order was approved. Pay it by card on the order's page; the supplier sees it once it is paid."),
        cancellationToken);
}
