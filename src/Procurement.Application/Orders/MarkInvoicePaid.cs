using Procurement.Domain.Orders;

namespace Procurement.Application.Orders;

public sealed record MarkInvoicePaid(OrderActor Actor, Guid OrderId, string? PaymentReference);

/// <summary>An approver of the order's agency records that the supplier's invoice was paid; a delivered order closes.</summary>
public sealed class MarkInvoicePaidHandler(OrderSteps steps)
{
    public Task<OrderChange> HandleAsync(MarkInvoicePaid command, CancellationToken cancellationToken) => steps.RunAsync(
        command.Actor,
        command.OrderId,
        command.Actor.MayApprove,
        (order, now) => order.MarkInvoicePaid(command.PaymentReference ?? string.Empty, command.Actor.UserId, now),
        order => ([OrderAudience.Supplier, OrderAudience.Buyer], order.Status == OrderStatus.Closed ? "invoice paid, order closed" : "invoice paid",
            $"Invoice {order.InvoiceNumber} was paid, payment reference {order.PaymentReference}."),
        cancellationToken,
        errorField: nameof(MarkInvoicePaid.PaymentReference));
}
