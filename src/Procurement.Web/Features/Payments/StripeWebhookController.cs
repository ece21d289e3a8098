using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Payments;
using Procurement.Application.Payments.Ports;

namespace Procurement.Web.Features.Payments;

/// <summary>
/// Stripe's webhook (<c>POST /payments/stripe/webhook</c>): anonymous and without antiforgery, since Stripe proves
/// itself by the <c>Stripe-Signature</c> header over the raw body. A bad, missing or stale signature answers 400 with
/// problem details; an event processed, ignored or seen before answers 200, so Stripe stops sending it; an order changed
/// at the same moment answers 503 and Stripe sends the event again later.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StripeWebhookController(HandlePaymentNotificationHandler handler, ILogger<StripeWebhookController> logger) : Controller
{
    /// <summary>Stripe's events are a few kilobytes; anything far larger is not one.</summary>
    private const int MaxEventBytes = 256 * 1024;

    [HttpPost("/payments/stripe/webhook")]
    [RequestSizeLimit(MaxEventBytes)]
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            var outcome = await handler.HandleAsync(new HandlePaymentNotification(body, Request.Headers["Stripe-Signature"].FirstOrDefault()), cancellationToken);
            return Ok(new { received = true, outcome = outcome.ToString() });
        }
        catch (InvalidPaymentNotificationException invalid)
        {
            logger.LogWarning("Refused a Stripe webhook: {Reason}", invalid.Message);
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "The webhook signature is not valid.", detail: invalid.Message);
        }
        catch (OrderChangedException)
        {
            return Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The order was changed at the same moment.", detail: "Send the event again; it has not been processed.");
        }
    }
}
