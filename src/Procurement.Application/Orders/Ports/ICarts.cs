namespace Procurement.Application.Orders.Ports;

/// <summary>
/// Each buyer's cart: which catalog items and how many, never a price (prices come from the catalog when the cart is
/// submitted). Shares the orders' unit of work: <see cref="ClearAsync"/> is written by the next
/// <see cref="IPurchaseOrders.SaveAsync"/>, in the same transaction as the orders raised from the cart.
/// </summary>
public interface ICarts
{
    /// <summary>The buyer's cart lines, oldest first.</summary>
    Task<IReadOnlyList<CartEntry>> LinesAsync(Guid buyerId, CancellationToken cancellationToken);

    /// <summary>How many different items the buyer's cart holds (the navigation badge).</summary>
    Task<int> CountAsync(Guid buyerId, CancellationToken cancellationToken);

    /// <summary>Sets the quantity of an item in the buyer's cart (adding the line, named <paramref name="itemName"/>, when missing) and saves.</summary>
    Task SetQuantityAsync(Guid buyerId, Guid itemId, string itemName, decimal quantity, CancellationToken cancellationToken);

    /// <summary>Removes an item from the buyer's cart and saves; false when it was not in the cart.</summary>
    Task<bool> RemoveAsync(Guid buyerId, Guid itemId, CancellationToken cancellationToken);

    /// <summary>Stages the removal of every line of the buyer's cart, written by the next save of the orders.</summary>
    Task ClearAsync(Guid buyerId, CancellationToken cancellationToken);
}

/// <param name="ItemName">The item's name when it was added: only to name a line whose item can no longer be ordered.</param>
public sealed record CartEntry(Guid ItemId, string ItemName, decimal Quantity, DateTimeOffset AddedAt);
