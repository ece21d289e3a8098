using Procurement.Application.Orders.Ports;

namespace Procurement.Application.Orders;

public sealed record RemoveFromCart(CartBuyer Buyer, Guid ItemId);

/// <summary>A buyer takes an item out of their cart; removing an item that is not there changes nothing.</summary>
public sealed class RemoveFromCartHandler(ICarts carts)
{
    public async Task<CartChange> HandleAsync(RemoveFromCart command, CancellationToken cancellationToken)
    {
        await carts.RemoveAsync(command.Buyer.UserId, command.ItemId, cancellationToken);
        return CartChange.Done;
    }
}
