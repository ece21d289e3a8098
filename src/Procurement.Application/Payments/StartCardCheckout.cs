using Microsoft.Extensions.Logging;
using Procurement.Application.Orders;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Payments.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Application.Payments;

/// <summary>A buyer of the order's agency pays an approved card order: the provider's hosted checkout is opened.</summary>
/// <param name="ReturnUrl">Where the provider sends the buyer after paying (the confirmation endpoint).</param>
/// <param name="CancelUrl">Where the provider sends the buyer who gives up (the order page).</param>
public sealed record StartCardCheckout(OrderActor Actor, Guid OrderId, string? BuyerEmail, Uri ReturnUrl, Uri CancelUrl);

/// <summary>Found false: no such order in the buyer's agency. Otherwise either the provider's page or why not.</summary>
public sealed record CardCheckoutResult(bool Found, Uri? RedirectUrl = null, string? Refusal = null);

/// <summary>
/// Counts a new checkout attempt and saves it before asking the provider, so the attempt's idempotency key is never
/// reused for a different attempt; a retry of the same request after a timeout gets the same session back. Then records
/// the open checkout (the order is pending payment) and returns the provider's page.
/// </summary>
public sealed class StartCardCheckoutHandler(IPurchaseOrders orders, IPaymentGateway gateway, ILogger<StartCardCheckoutHandler> logger)
{
    public async Task<CardCheckoutResult> HandleAsync(StartCardCheckout command, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(command.OrderId, cancellationToken);
        if (order is null || !command.Actor.MayBuyFor(order))
        {
            return new CardCheckoutResult(false);
        }

        if (gateway.Method != PaymentMethod.Card)
        {
            return Refused("Card payments are not enabled on this platform: the order is paid on the supplier's invoice.");
        }

        try
        {
            order.BeginCheckout();
            await orders.SaveAsync(cancellationToken);
            var started = await gateway.StartCheckoutAsync(
                new CheckoutRequest(order.Id, order.Number, order.Total, $"{order.SupplierName}: {order.Lines.Count} line(s)", order.CheckoutIdempotencyKey, command.ReturnUrl, command.CancelUrl, command.BuyerEmail),
                cancellationToken);
            order.CheckoutOpened(started.CheckoutReference, command.Actor.UserId, await orders.ClockAsync(cancellationToken));
            await orders.SaveAsync(cancellationToken);
            return new CardCheckoutResult(true, started.RedirectUrl);
        }
        catch (DomainRuleException rule)
        {
            return Refused(rule.Message);
        }
        catch (OrderChangedException)
        {
            return Refused("The order changed while the payment was being prepared. Look at it again and pay if it still waits for payment.");
        }
        catch (PaymentGatewayException unavailable)
        {
            logger.LogWarning(unavailable, "Card checkout of order {OrderId} could not be started", order.Id);
            return Refused("The card payment service did not answer. Nothing was charged; try again in a few minutes.");
        }
    }

    private static CardCheckoutResult Refused(string why) => new(true, Refusal: why);
}
