using Procurement.Application.Orders.Ports;

namespace Procurement.Application.Orders;

public sealed record ChangeCartQuantity(CartBuyer Buyer, Guid ItemId, decimal Quantity);

/// <summary>A buyer changes how many of an item their cart holds (the item must already be in the cart).</summary>
public sealed class ChangeCartQuantityHandler(ICarts carts)
{
    public async Task<CartChange> HandleAsync(ChangeCartQuantity command, CancellationToken cancellationToken)
    {
        if (CartPricing.QuantityProblem(command.Quantity) is { Length: > 0 } problem)
        {
            return CartChange.Refused(nameof(ChangeCartQuantity.Quantity), problem);
        }

        var line = (await carts.LinesAsync(command.Buyer.UserId, cancellationToken)).SingleOrDefault(entry => entry.ItemId == command.ItemId);
        if (line is null)
        {
            return CartChange.Refused(nameof(ChangeCartQuantity.ItemId), "That item is not in your cart.");
        }

        await carts.SetQuantityAsync(command.Buyer.UserId, command.ItemId, line.ItemName, command.Quantity, cancellationToken);
        return CartChange.Done;
    }
}
