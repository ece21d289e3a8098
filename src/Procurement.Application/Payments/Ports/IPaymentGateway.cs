using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Application.Payments.Ports;

/// <summary>
/// How approved orders are paid (ARCHITECTURE §7): by card through Stripe when its keys are configured, otherwise on
/// the supplier's invoice. The invoice gateway has no provider behind it: nothing to start, check or refund.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>The method orders raised now are paid by.</summary>
    PaymentMethod Method { get; }

    /// <summary>Opens a hosted card checkout for an approved order; safe to retry with the same idempotency key.</summary>
    Task<CheckoutStarted> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>Asks the provider where a checkout stands (the order page on return, and the reconciliation job).</summary>
    Task<CheckoutOutcome> GetCheckoutAsync(string checkoutReference, CancellationToken cancellationToken);

    /// <summary>Returns a card payment in full; returns the provider's refund reference.</summary>
    /// <exception cref="PaymentGatewayException">The provider refused or could not be reached (every method).</exception>
    Task<string> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}

public sealed record CheckoutRequest(
    Guid OrderId, string OrderNumber, Money Amount, string Description, string IdempotencyKey, Uri ReturnUrl, Uri CancelUrl, string? BuyerEmail);

public sealed record CheckoutStarted(string CheckoutReference, Uri RedirectUrl);

public enum CheckoutState
{
    Open,
    Paid,
    Expired,
}

public sealed record CheckoutOutcome(CheckoutState State, string? PaymentReference, Money? AmountPaid);

/// <param name="OrderId">Sent with the refund (Stripe metadata), so the provider's refund notifications name the order.</param>
public sealed record RefundRequest(Guid OrderId, string PaymentReference, Money Amount, string IdempotencyKey);
