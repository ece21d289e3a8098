using Procurement.Application.Notifications.Ports;
using Procurement.Application.Payments.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Orders;

namespace Procurement.Application.Payments;

/// <summary>
/// Applies what the payment provider says to an order, staged for the caller's save, whoever heard it first (the
/// webhook, the buyer's return from the checkout, or the reconciliation job): the payment is recorded once, and the
/// supplier is told when it places the order; a refund is recorded once, and the buyer is told.
/// </summary>
public sealed class CardPaymentSettlement(INotifications notifications, ISupplierRegistry suppliers)
{
    /// <summary>Returns whether the order changed.</summary>
    public async Task<bool> CheckoutAsync(PurchaseOrder order, string checkoutReference, CheckoutOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case { State: CheckoutState.Paid, PaymentReference: { } payment, AmountPaid: { } amount }:
                if (!order.RecordCardPayment(payment, amount, now))
                {
                    return false;
                }

                if (order.Status == OrderStatus.Placed)
                {
                    await notifications.NotifyAsync(
                        [.. await suppliers.UserIdsAsync(order.SupplierId, cancellationToken)],
                        new Notice($"New order {order.Number}, paid by card", $"{order.Number} for {order.Total} is paid and waits for you to accept or decline it.", OrderPage(order)),
                        cancellationToken);
                }

                return true;
            case { State: CheckoutState.Expired }:
                return order.ExpireCheckout(checkoutReference, now);
            default:
                return false;
        }
    }

    /// <summary>Records the provider's refund; returns whether the order changed.</summary>
    public async Task<bool> RefundedAsync(PurchaseOrder order, string refundReference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!order.RecordRefund(refundReference, now))
        {
            return false;
        }

        await notifications.NotifyAsync(
            [order.BuyerId],
            new Notice($"Order {order.Number} refunded", $"The card payment of {order.Total} for {order.Number} was refunded ({refundReference}).", OrderPage(order)),
            cancellationToken);
        return true;
    }

    private static Uri OrderPage(PurchaseOrder order) => new($"/orders/{order.Id}", UriKind.Relative);
}
