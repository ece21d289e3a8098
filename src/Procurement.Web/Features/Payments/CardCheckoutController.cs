using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Payments;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Orders;
using Procurement.Web.Features.Shared;

namespace Procurement.Web.Features.Payments;

/// <summary>
/// Paying an approved order by card: the order page's "Pay by card" form posts here and the buyer is sent on to the
/// provider's hosted checkout (303); the provider sends the buyer back to <c>/orders/{id}/checkout/return</c>, which asks
/// the provider at once rather than wait for the webhook, then shows the order. Buyers of the order's agency only.
/// </summary>
[Authorize(Roles = Roles.Buyer)]
[Route("orders/{id:guid}/checkout")]
public sealed class CardCheckoutController(IConfiguration configuration) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Start(Guid id, [FromServices] StartCardCheckoutHandler handler, CancellationToken cancellationToken)
    {
        var site = PublicAddress.Of(Request, configuration);
        var result = await handler.HandleAsync(
            new StartCardCheckout(User.OrderActor(), id, User.FindFirstValue(ClaimTypes.Email), new Uri(site, $"orders/{id}/checkout/return"), new Uri(site, $"orders/{id}")),
            cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.RedirectUrl is { } providerPage)
        {
            Response.Headers.Location = providerPage.AbsoluteUri;
            return StatusCode(StatusCodes.Status303SeeOther);
        }

        TempData["Problem"] = result.Refusal;
        return SeeOrder(id);
    }

    [HttpGet("return")]
    public async Task<IActionResult> Return(Guid id, [FromServices] ConfirmCheckoutHandler handler, CancellationToken cancellationToken)
    {
        var confirmation = await handler.HandleAsync(new ConfirmCheckout(User.OrderActor(), id), cancellationToken);
        switch (confirmation)
        {
            case CheckoutConfirmation.NotFound:
                return NotFound();
            case CheckoutConfirmation.Paid:
                TempData["Message"] = "Thank you: the card payment is received and the order is with the supplier.";
                break;
            case CheckoutConfirmation.Pending:
                TempData["Message"] = "The card payment is being confirmed by the payment provider. There is no need to pay again.";
                break;
            default:
                TempData["Problem"] = "The order is not paid. You can pay it by card from this page.";
                break;
        }

        return SeeOrder(id);
    }

    private RedirectResult SeeOrder(Guid id) => Redirect($"/orders/{id}");
}
