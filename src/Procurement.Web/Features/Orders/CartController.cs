using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Orders;
using Procurement.Application.Orders.Ports;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Orders;

/// <summary>
/// The buyer's cart under <c>/cart</c>: the catalog's "Add to cart" forms post to <c>/cart/items</c>; the cart page
/// changes quantities, removes lines and submits the cart as purchase orders. Prices never come from a form.
/// </summary>
[Authorize(Roles = Roles.Buyer)]
[Route("cart")]
public sealed class CartController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ViewCartHandler handler, CancellationToken cancellationToken) =>
        User.CartBuyer() is { } buyer ? await CartViewAsync(buyer, new SubmitCartForm(), handler, cancellationToken) : Forbid();

    [HttpPost("items")]
    public async Task<IActionResult> Add(Guid itemId, decimal? quantity, [FromServices] AddToCartHandler handler, CancellationToken cancellationToken)
    {
        if (User.CartBuyer() is not { } buyer)
        {
            return Forbid();
        }

        var result = await handler.HandleAsync(new AddToCart(buyer, itemId, quantity ?? 0), cancellationToken);
        TempData[result.Succeeded ? "Message" : "Problem"] = result.Succeeded ? "The item is in your cart." : result.Errors[0].Message;
        return Redirect("/cart");
    }

    [HttpPost("items/{itemId:guid}/quantity")]
    public async Task<IActionResult> ChangeQuantity(Guid itemId, decimal? quantity, [FromServices] ChangeCartQuantityHandler handler, CancellationToken cancellationToken)
    {
        if (User.CartBuyer() is not { } buyer)
        {
            return Forbid();
        }

        var result = await handler.HandleAsync(new ChangeCartQuantity(buyer, itemId, quantity ?? 0), cancellationToken);
        TempData[result.Succeeded ? "Message" : "Problem"] = result.Succeeded ? "The quantity is changed." : result.Errors[0].Message;
        return Redirect("/cart");
    }

    [HttpPost("items/{itemId:guid}/remove")]
    public async Task<IActionResult> Remove(Guid itemId, [FromServices] RemoveFromCartHandler handler, CancellationToken cancellationToken)
    {
        if (User.CartBuyer() is not { } buyer)
        {
            return Forbid();
        }

        await handler.HandleAsync(new RemoveFromCart(buyer, itemId), cancellationToken);
        TempData["Message"] = "The item is removed from your cart.";
        return Redirect("/cart");
    }

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(
        [Bind(Prefix = nameof(CartPage.Form))] SubmitCartForm form, [FromServices] SubmitCartHandler handler, [FromServices] ViewCartHandler cart, CancellationToken cancellationToken)
    {
        if (User.CartBuyer() is not { } buyer)
        {
            return Forbid();
        }

        var result = await handler.HandleAsync(new SubmitCart(buyer, form.DeliveryAddress, form.CostCentre), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{nameof(CartPage.Form)}.{e.Field}" }));
            return await CartViewAsync(buyer, form, cart, cancellationToken);
        }

        TempData["Message"] = $"Your cart is submitted as {result.Orders.Count} order{(result.Orders.Count == 1 ? string.Empty : "s")}: "
            + string.Join("; ", result.Orders.Select(order => $"{order.Number} to {order.SupplierName} for {order.Total} ({OrderText.Status(order.Status).ToLowerInvariant()})")) + ".";
        return Redirect("/orders");
    }

    private async Task<IActionResult> CartViewAsync(CartBuyer buyer, SubmitCartForm form, ViewCartHandler handler, CancellationToken cancellationToken) =>
        View("Cart", new CartPage(await handler.HandleAsync(new ViewCart(buyer), cancellationToken), form));
}

/// <summary>The buyer's "Cart" link in the header, with how many items the cart holds.</summary>
public sealed class CartLinkViewComponent(ICarts carts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await carts.CountAsync(UserClaimsPrincipal.UserId(), HttpContext.RequestAborted));
}
