using System.Globalization;
using Microsoft.Extensions.Logging;
using Procurement.Application.Payments.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;
using Stripe;
using Stripe.Checkout;
using PaymentMethod = Procurement.Domain.Orders.PaymentMethod;

namespace Procurement.Payments.Stripe;

/// <summary>
/// Card payments on Stripe Checkout: a hosted Checkout Session per attempt (mode payment, one line for the order's
/// total), asked about on return and by the reconciliation job, and refunds on its PaymentIntent. Every creating call
/// carries the order's idempotency key, so a retry after a timeout never creates a second session or refund.
/// </summary>
internal sealed class StripePaymentGateway(StripeClient client, ILogger<StripePaymentGateway> logger) : IPaymentGateway
{
    public PaymentMethod Method => PaymentMethod.Card;

    public async Task<CheckoutStarted> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var metadata = OrderMetadata(request.OrderId, request.OrderNumber);
        var options = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.OrderId.ToString("D"),
            CustomerEmail = request.BuyerEmail,
            SuccessUrl = request.ReturnUrl.AbsoluteUri,
            CancelUrl = request.CancelUrl.AbsoluteUri,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Description = $"Purchase order {request.OrderNumber}", Metadata = metadata },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Amount.Currency.ToLowerInvariant(),
                        UnitAmount = OrderArithmetic.MinorUnits(request.Amount),
                        ProductData = new SessionLineItemPriceDataProductDataOptions
                        {
                            Name = $"Purchase order {request.OrderNumber}",
                            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description,
                        },
                    },
                },
            ],
        };
        var session = await CallAsync("create a checkout session", () => new SessionService(client).CreateAsync(options, Idempotent(request.IdempotencyKey), cancellationToken));
        if (string.IsNullOrEmpty(session.Url))
        {
            throw new PaymentGatewayException($"Stripe created checkout session {session.Id} without a payment page address.");
        }

        return new CheckoutStarted(session.Id, new Uri(session.Url));
    }

    public async Task<CheckoutOutcome> GetCheckoutAsync(string checkoutReference, CancellationToken cancellationToken)
    {
        var session = await CallAsync("read a checkout session", () => new SessionService(client).GetAsync(checkoutReference, cancellationToken: cancellationToken));
        return StripeSessions.Outcome(session);
    }

    public async Task<string> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var options = new RefundCreateOptions
        {
            PaymentIntent = request.PaymentReference,
            Amount = OrderArithmetic.MinorUnits(request.Amount),
            Reason = "requested_by_customer",
            Metadata = new Dictionary<string, string> { [StripeSessions.OrderIdKey] = request.OrderId.ToString("D") },
        };
        var refund = await CallAsync("refund a payment", () => new RefundService(client).CreateAsync(options, Idempotent(request.IdempotencyKey), cancellationToken));
        if (refund.Status is "failed" or "canceled")
        {
            throw new PaymentGatewayException($"Stripe refused refund {refund.Id} of payment {request.PaymentReference}: {refund.Status}.");
        }

        return refund.Id;
    }

    private static Dictionary<string, string> OrderMetadata(Guid orderId, string orderNumber) =>
        new() { [StripeSessions.OrderIdKey] = orderId.ToString("D"), [StripeSessions.OrderNumberKey] = orderNumber };

    private static RequestOptions Idempotent(string key) => new() { IdempotencyKey = key };

    private async Task<T> CallAsync<T>(string doing, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException stripe)
        {
            logger.LogWarning(stripe, "Stripe refused to {Doing}: {Code} {Message}", doing, stripe.StripeError?.Code, stripe.Message);
            throw new PaymentGatewayException(string.Create(CultureInfo.InvariantCulture, $"Stripe could not {doing}: {stripe.Message}"), stripe);
        }
        catch (HttpRequestException unreachable)
        {
            logger.LogWarning(unreachable, "Stripe could not be reached to {Doing}", doing);
            throw new PaymentGatewayException($"Stripe could not be reached to {doing}.", unreachable);
        }
    }
}
