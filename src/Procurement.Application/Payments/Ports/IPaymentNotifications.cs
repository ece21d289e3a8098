using Procurement.Domain;

namespace Procurement.Application.Payments.Ports;

/// <summary>
/// Reads the payment provider's notifications (Stripe's webhook events): checks that the provider sent them, signed
/// with the endpoint's secret and recently, and says what they mean for an order, in the provider's neutral terms.
/// </summary>
public interface IPaymentNotifications
{
    /// <summary>Checks the signature and reads the notification.</summary>
    /// <param name="body">The request body exactly as received: the signature covers its bytes.</param>
    /// <param name="signature">The provider's signature header (<c>Stripe-Signature</c>); null when absent.</param>
    /// <exception cref="InvalidPaymentNotificationException">Not signed by the provider with the endpoint's secret, too old, or unreadable.</exception>
    PaymentNotification Read(string body, string? signature);
}

/// <summary>What a provider notification says about an order's payment.</summary>
/// <param name="EventId">The provider's event id (evt_...): each event is acted on once.</param>
/// <param name="EventType">The provider's event type, for the log (checkout.session.completed).</param>
public sealed record PaymentNotification(
    string EventId,
    string EventType,
    PaymentNotificationKind Kind,
    string? CheckoutReference = null,
    string? PaymentReference = null,
    Money? Amount = null,
    Guid? OrderId = null,
    string? RefundReference = null);

public enum PaymentNotificationKind
{
    /// <summary>The checkout completed and the money was taken.</summary>
    CheckoutPaid,

    /// <summary>The checkout expired unpaid.</summary>
    CheckoutExpired,

    /// <summary>A refund of an order's payment went through.</summary>
    RefundSucceeded,

    /// <summary>Anything else the provider sends: acknowledged and ignored.</summary>
    Other,
}

/// <summary>The notification did not come from the provider (bad or missing signature), is too old, or cannot be read.</summary>
public sealed class InvalidPaymentNotificationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The payment provider refused a request or could not be reached; nothing was charged by this call.</summary>
public sealed class PaymentGatewayException(string message, Exception? inner = null) : Exception(message, inner);
