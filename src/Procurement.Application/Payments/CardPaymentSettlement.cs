using Procurement.Application.Orders;
using Procurement.Application.Payments.Ports;
using Procurement.Domain.Orders;

namespace Procurement.Application.Payments;

/// <summary>
/// Applies what the payment provider says to an order, staged for the caller's save, whoever heard it first (the
/// webhook, the buyer's return from the checkout, or the reconciliation job): the payment is recorded once, and the
/// supplier is told when it places the order; a refund is recorded once, and the buyer is told.
/// </summary>
public sealed class CardPaymentSettlement(OrderSteps steps)
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
                    await steps.NotifyAsync(
                        order, [OrderAudience.Supplier, OrderAudience.Buyer], "new order, paid by card",
                        $"The order was paid by card ({payment}) and placed with the supplier, who accepts or declines it.", cancellationToken);
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

        await steps.NotifyAsync(
            order, [OrderAudience.Buyer], "card payment refunded", $"The card payment of {order.Total} was refunded to the card it came from ({refundReference}).", cancellationToken);
        return true;
    }
}
