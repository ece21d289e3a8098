using Microsoft.Extensions.Logging;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Payments.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Application.Payments;

/// <summary>
/// The reconciliation job's list: card orders whose checkout has been pending for longer than
/// <see cref="PaymentSettings.CheckoutCheckAfter"/> (the webhook may never come) and orders with a refund due.
/// </summary>
public sealed class PaymentsToReconcile(IPurchaseOrders orders, IPaymentGateway gateway, PaymentSettings settings)
{
    public async Task<IReadOnlyList<Guid>> OrdersAsync(CancellationToken cancellationToken)
    {
        if (gateway.Method != PaymentMethod.Card)
        {
            return [];
        }

        var now = await orders.ClockAsync(cancellationToken);
        var checkouts = await orders.PendingCheckoutsAsync(now - settings.CheckoutCheckAfter, cancellationToken);
        var refunds = await orders.PendingRefundsAsync(cancellationToken);
        return [.. checkouts.Concat(refunds).Distinct()];
    }
}

/// <summary>Brings one order's card payment up to date with the provider; run in its own scope per order.</summary>
public sealed record ReconcileOrderPayment(Guid OrderId);

/// <summary>
/// A pending checkout is asked of the provider and its payment or expiry recorded. A refund due is issued with the
/// order's refund idempotency key (a rerun after a crash gets the same refund back, never a second one) and recorded.
/// Provider failures and concurrent changes are logged and left for the next run.
/// </summary>
public sealed class ReconcileOrderPaymentHandler(
    IPurchaseOrders orders, IPaymentGateway gateway, CardPaymentSettlement settlement, ILogger<ReconcileOrderPaymentHandler> logger)
{
    public async Task<bool> HandleAsync(ReconcileOrderPayment command, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(command.OrderId, cancellationToken);
        if (order is null || order.PaymentMethod != PaymentMethod.Card || gateway.Method != PaymentMethod.Card)
        {
            return false;
        }

        try
        {
            var changed = order.PaymentState switch
            {
                PaymentState.Pending when order.CheckoutReference is { } checkout => await settlement.CheckoutAsync(
                    order, checkout, await gateway.GetCheckoutAsync(checkout, cancellationToken), await orders.ClockAsync(cancellationToken), cancellationToken),
                PaymentState.RefundPending => await RefundAsync(order, cancellationToken),
                _ => false,
            };
            if (changed)
            {
                await orders.SaveAsync(cancellationToken);
                logger.LogInformation("Reconciled the card payment of order {OrderId}: {State}", order.Id, order.PaymentState);
            }

            return changed;
        }
        catch (Exception failure) when (failure is PaymentGatewayException or OrderChangedException or DomainRuleException)
        {
            logger.LogWarning(failure, "The card payment of order {OrderId} could not be reconciled; the next run tries again", order.Id);
            return false;
        }
    }

    private async Task<bool> RefundAsync(PurchaseOrder order, CancellationToken cancellationToken)
    {
        var refund = await gateway.RefundAsync(
            new RefundRequest(order.Id, order.PaymentReference ?? throw new DomainRuleException($"Order {order.Number} has no card payment to refund."), order.Total, order.RefundIdempotencyKey),
            cancellationToken);
        return await settlement.RefundedAsync(order, refund, await orders.ClockAsync(cancellationToken), cancellationToken);
    }
}
