using Procurement.Application.Payments.Ports;

namespace Procurement.Infrastructure.Payments;

/// <summary>Without Stripe keys nothing can be verified, so every notification is refused (the Stripe adapter replaces this).</summary>
internal sealed class InvoiceModeNotifications : IPaymentNotifications
{
    public PaymentNotification Read(string body, string? signature) =>
        throw new InvalidPaymentNotificationException("Card payments are not enabled on this platform (no Stripe keys are configured).");
}
