using Microsoft.Extensions.Logging;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Payments.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Application.Payments;

/// <summary>A notification from the payment provider (Stripe's webhook), exactly as received.</summary>
public sealed record HandlePaymentNotification(string Body, string? Signature);

public enum PaymentNotificationOutcome
{
    /// <summary>Acted on: the order changed, or the event was about an order that needed nothing more.</summary>
    Processed,

    /// <summary>This event was processed before (a redelivery or replay): nothing done.</summary>
    AlreadyProcessed,

    /// <summary>An event the platform does not act on, or about no order of ours: acknowledged.</summary>
    Ignored,
}

/// <summary>
/// Verifies the notification (a bad or stale signature throws <see cref="InvalidPaymentNotificationException"/>), then
/// claims the event and changes the order in one transaction, so each event is acted on once even when the provider
/// delivers it twice at the same moment. A concurrent change of the order (<see cref="OrderChangedException"/>) rolls
/// the claim back too and is thrown: the provider delivers the event again later.
/// </summary>
public sealed class HandlePaymentNotificationHandler(
    IPaymentNotifications reader, IPaymentNotificationLog processed, IPurchaseOrders orders, CardPaymentSettlement settlement, ILogger<HandlePaymentNotificationHandler> logger)
{
    public async Task<PaymentNotificationOutcome> HandleAsync(HandlePaymentNotification command, CancellationToken cancellationToken)
    {
        var notification = reader.Read(command.Body, command.Signature);
        if (notification.Kind == PaymentNotificationKind.Other)
        {
            return PaymentNotificationOutcome.Ignored;
        }

        await using var claim = await processed.ClaimAsync(notification.EventId, notification.EventType, cancellationToken);
        if (claim is null)
        {
            logger.LogInformation("Payment event {EventId} ({Type}) was already processed", notification.EventId, notification.EventType);
            return PaymentNotificationOutcome.AlreadyProcessed;
        }

        var order = await OrderOfAsync(notification, cancellationToken);
        if (order is null)
        {
            logger.LogWarning("Payment event {EventId} ({Type}) names no order of this platform", notification.EventId, notification.EventType);
            await claim.CommitAsync(cancellationToken);
            return PaymentNotificationOutcome.Ignored;
        }

        try
        {
            var now = await orders.ClockAsync(cancellationToken);
            var changed = notification.Kind switch
            {
                PaymentNotificationKind.CheckoutPaid => await settlement.CheckoutAsync(
                    order, notification.CheckoutReference!, new CheckoutOutcome(CheckoutState.Paid, notification.PaymentReference, notification.Amount), now, cancellationToken),
                PaymentNotificationKind.CheckoutExpired => await settlement.CheckoutAsync(
                    order, notification.CheckoutReference!, new CheckoutOutcome(CheckoutState.Expired, null, null), now, cancellationToken),
                PaymentNotificationKind.RefundSucceeded => await RefundedAsync(order, notification.RefundReference!, now, cancellationToken),
                _ => false,
            };
            if (changed)
            {
                await orders.SaveAsync(cancellationToken);
            }
        }
        catch (DomainRuleException refused)
        {
            // Retrying cannot help (a payment that does not match the order): keep the event as processed and say so loudly.
            logger.LogError("Payment event {EventId} ({Type}) for order {OrderId} was refused: {Reason}", notification.EventId, notification.EventType, order.Id, refused.Message);
        }

        await claim.CommitAsync(cancellationToken);
        return PaymentNotificationOutcome.Processed;
    }

    private async Task<PurchaseOrder?> OrderOfAsync(PaymentNotification notification, CancellationToken cancellationToken)
    {
        if (notification.CheckoutReference is { } checkout && await orders.FindByCheckoutAsync(checkout, cancellationToken) is { } current)
        {
            return current;
        }

        // An earlier checkout attempt of the order, or a refund: the order id travels in the provider's metadata.
        return notification.OrderId is { } orderId ? await orders.FindAsync(orderId, cancellationToken) : null;
    }

    private async Task<bool> RefundedAsync(PurchaseOrder order, string refundReference, DateTimeOffset now, CancellationToken cancellationToken) =>
        order.PaymentState is PaymentState.RefundPending or PaymentState.Refunded && await settlement.RefundedAsync(order, refundReference, now, cancellationToken);
}
