using Procurement.Application.Payments.Ports;
using Procurement.Domain;
using Stripe.Checkout;

namespace Procurement.Payments.Stripe;

/// <summary>What a Checkout Session says about an order's payment, read the same way from the API and from webhooks.</summary>
internal static class StripeSessions
{
    public const string OrderIdKey = "order_id";
    public const string OrderNumberKey = "order_number";

    public static CheckoutOutcome Outcome(Session session) => session switch
    {
        { Status: "complete", PaymentStatus: "paid" } => new CheckoutOutcome(CheckoutState.Paid, session.PaymentIntentId, AmountOf(session)),
        { Status: "expired" } => new CheckoutOutcome(CheckoutState.Expired, null, null),
        _ => new CheckoutOutcome(CheckoutState.Open, null, null),
    };

    /// <summary>Stripe's amount in minor units and lower-case currency, as our money (two-decimal currencies, as <c>OrderArithmetic.MinorUnits</c>).</summary>
    public static Money? AmountOf(Session session) =>
        session.AmountTotal is { } minor && !string.IsNullOrEmpty(session.Currency)
            ? new Money(minor / 100m, session.Currency.ToUpperInvariant())
            : null;
}
