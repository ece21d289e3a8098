using Microsoft.Extensions.Logging;
using Procurement.Application.Orders;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Payments.Ports;
using Procurement.Domain.Orders;

namespace Procurement.Application.Payments;

/// <summary>The buyer is back from the provider's checkout page: ask the provider rather than wait for its webhook.</summary>
public sealed record ConfirmCheckout(OrderActor Actor, Guid OrderId);

public enum CheckoutConfirmation
{
    NotFound,

    /// <summary>The order is paid (now, or already by the webhook).</summary>
    Paid,

    /// <summary>The provider has not confirmed the payment yet; the webhook or the reconciliation job will.</summary>
    Pending,

    /// <summary>No card payment under way (expired, never started, or invoice order).</summary>
    NotPaid,
}

public sealed class ConfirmCheckoutHandler(IPurchaseOrders orders, IPaymentGateway gateway, CardPaymentSettlement settlement, ILogger<ConfirmCheckoutHandler> logger)
{
    public async Task<CheckoutConfirmation> HandleAsync(ConfirmCheckout command, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(command.OrderId, cancellationToken);
        if (order is null || !command.Actor.MayBuyFor(order))
        {
            return CheckoutConfirmation.NotFound;
        }

        if (order.PaymentState == PaymentState.Pending && order.CheckoutReference is { } checkout && gateway.Method == PaymentMethod.Card)
        {
            try
            {
                var outcome = await gateway.GetCheckoutAsync(checkout, cancellationToken);
                if (await settlement.CheckoutAsync(order, checkout, outcome, await orders.ClockAsync(cancellationToken), cancellationToken))
                {
                    await orders.SaveAsync(cancellationToken);
                }
            }
            catch (PaymentGatewayException unavailable)
            {
                logger.LogWarning(unavailable, "Checkout {Checkout} of order {OrderId} could not be confirmed on return", checkout, order.Id);
                return CheckoutConfirmation.Pending;
            }
            catch (OrderChangedException)
            {
                // Most likely the webhook recorded the same payment meanwhile; the order page shows where it stands.
                return CheckoutConfirmation.Pending;
            }
        }

        return order.PaymentState switch
        {
            PaymentState.Paid or PaymentState.RefundPending or PaymentState.Refunded => CheckoutConfirmation.Paid,
            PaymentState.Pending => CheckoutConfirmation.Pending,
            _ => CheckoutConfirmation.NotPaid,
        };
    }
}
