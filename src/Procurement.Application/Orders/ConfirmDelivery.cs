using Procurement.Domain.Orders;

namespace Procurement.Application.Orders;

/// <param name="ReceivedByLine">The quantity received now per line number; lines left out received nothing.</param>
public sealed record ConfirmDelivery(OrderActor Actor, Guid OrderId, IReadOnlyDictionary<int, decimal> ReceivedByLine);

/// <summary>A buyer of the order's agency records what arrived; anything outstanding goes back to the supplier to ship.</summary>
public sealed class ConfirmDeliveryHandler(OrderSteps steps)
{
    public Task<OrderChange> HandleAsync(ConfirmDelivery command, CancellationToken cancellationToken) => steps.RunAsync(
        command.Actor,
        command.OrderId,
        command.Actor.MayBuyFor,
        (order, now) => order.ConfirmDelivery(command.Actor.UserId, command.ReceivedByLine, now),
        order => order.Status switch
        {
            OrderStatus.PartiallyDelivered => ([OrderAudience.Supplier], "partly delivered",
                "The buyer confirmed part of the delivery. Ship the rest and mark it shipped on the order's page."),
            OrderStatus.Closed => ([OrderAudience.Supplier, OrderAudience.Approvers], "delivered and closed", "The buyer confirmed the delivery in full; the order is paid and closed."),
            _ => ([OrderAudience.Supplier, OrderAudience.Approvers], "delivered", "The buyer confirmed the delivery in full."),
        },
        cancellationToken,
        errorField: "Received");
}
