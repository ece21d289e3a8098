using Microsoft.Extensions.Options;
using Procurement.Application.Payments.Ports;
using Stripe;
using Stripe.Checkout;

namespace Procurement.Payments.Stripe;

/// <summary>
/// Reads Stripe webhook events with Stripe.net's own check (<see cref="EventUtility.ConstructEvent(string, string, string, long, long, bool)"/>):
/// the <c>Stripe-Signature</c> header must carry a v1 HMAC-SHA256 of "timestamp.body" under the endpoint's secret,
/// and the timestamp must be within <see cref="StripeOptions.WebhookTolerance"/> of the platform clock.
/// </summary>
internal sealed class StripePaymentNotifications(IOptions<StripeOptions> options, TimeProvider clock) : IPaymentNotifications
{
    public PaymentNotification Read(string body, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            throw new InvalidPaymentNotificationException("The request has no Stripe-Signature header.");
        }

        Event stripeEvent;
        try
        {
            // The API version is not enforced: only long-stable fields are read (ids, statuses, amounts, metadata), and a
            // webhook endpoint pinned to another version would otherwise be refused on every delivery.
            stripeEvent = EventUtility.ConstructEvent(
                body, signature, options.Value.WebhookSecret, (long)options.Value.WebhookTolerance.TotalSeconds, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException invalid)
        {
            throw new InvalidPaymentNotificationException($"The Stripe webhook was refused: {invalid.Message}", invalid);
        }
        catch (System.Text.Json.JsonException unreadable)
        {
            throw new InvalidPaymentNotificationException("The Stripe webhook is not a readable event.", unreadable);
        }

        return Meaning(stripeEvent);
    }

    private static PaymentNotification Meaning(Event stripeEvent)
    {
        var other = new PaymentNotification(stripeEvent.Id, stripeEvent.Type, PaymentNotificationKind.Other);
        switch (stripeEvent.Data?.Object)
        {
            case Session session when stripeEvent.Type is "checkout.session.completed" or "checkout.session.async_payment_succeeded":
                var outcome = StripeSessions.Outcome(session);
                return outcome.State == CheckoutState.Paid
                    ? other with { Kind = PaymentNotificationKind.CheckoutPaid, CheckoutReference = session.Id, PaymentReference = outcome.PaymentReference, Amount = outcome.AmountPaid, OrderId = OrderIdOf(session.Metadata) }
                    : other;
            case Session session when stripeEvent.Type == "checkout.session.expired":
                return other with { Kind = PaymentNotificationKind.CheckoutExpired, CheckoutReference = session.Id, OrderId = OrderIdOf(session.Metadata) };
            case Refund refund when stripeEvent.Type is "refund.created" or "refund.updated" && refund.Status == "succeeded" && OrderIdOf(refund.Metadata) is { } orderId:
                return other with { Kind = PaymentNotificationKind.RefundSucceeded, PaymentReference = refund.PaymentIntentId, OrderId = orderId, RefundReference = refund.Id };
            default:
                return other;
        }
    }

    private static Guid? OrderIdOf(Dictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(StripeSessions.OrderIdKey, out var value) && Guid.TryParse(value, out var id) ? id : null;
}
