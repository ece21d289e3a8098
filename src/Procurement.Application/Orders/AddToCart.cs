using Procurement.Application.Orders.Ports;

namespace Procurement.Application.Orders;

public sealed record AddToCart(CartBuyer Buyer, Guid ItemId, decimal Quantity);

/// <summary>
/// A buyer puts a catalog item in their cart (adding to the quantity already there). Only items the catalog says the
/// buyer's agency may order now are accepted; the cart keeps no price.
/// </summary>
public sealed class AddToCartHandler(ICarts carts, IOrderableItems catalog, IPurchaseOrders orders)
{
    public async Task<CartChange> HandleAsync(AddToCart command, CancellationToken cancellationToken)
    {
        if (CartPricing.QuantityProblem(command.Quantity) is { Length: > 0 } problem)
        {
            return CartChange.Refused(nameof(AddToCart.Quantity), problem);
        }

        var now = await orders.ClockAsync(cancellationToken);
        var found = await catalog.FindAsync(command.Buyer.AgencyId, [command.ItemId], now, cancellationToken);
        var item = found.Count == 0 ? null : found[0];
        if (item is null)
        {
            return CartChange.Refused(nameof(AddToCart.ItemId), "This item cannot be ordered by your agency now: it is not under one of your agency's framework agreements in force.");
        }

        var already = (await carts.LinesAsync(command.Buyer.UserId, cancellationToken)).SingleOrDefault(line => line.ItemId == command.ItemId)?.Quantity ?? 0;
        var quantity = already + command.Quantity;
        if (CartPricing.QuantityProblem(quantity) is { Length: > 0 } tooMany)
        {
            return CartChange.Refused(nameof(AddToCart.Quantity), tooMany);
        }

        await carts.SetQuantityAsync(command.Buyer.UserId, item.ItemId, item.Name, quantity, cancellationToken);
        return CartChange.Done;
    }
}
