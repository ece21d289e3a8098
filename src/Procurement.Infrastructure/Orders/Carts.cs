using Microsoft.EntityFrameworkCore;
using Procurement.Application.Orders.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Orders;

internal sealed class Carts(ProcurementDbContext db) : ICarts
{
    public async Task<IReadOnlyList<CartEntry>> LinesAsync(Guid buyerId, CancellationToken cancellationToken) =>
        await db.CartItems.AsNoTracking()
            .Where(item => item.BuyerId == buyerId)
            .OrderBy(item => item.AddedAt).ThenBy(item => item.ItemId)
            .Select(item => new CartEntry(item.ItemId, item.ItemName, item.Quantity, item.AddedAt))
            .ToListAsync(cancellationToken);

    public Task<int> CountAsync(Guid buyerId, CancellationToken cancellationToken) =>
        db.CartItems.CountAsync(item => item.BuyerId == buyerId, cancellationToken);

    public async Task SetQuantityAsync(Guid buyerId, Guid itemId, string itemName, decimal quantity, CancellationToken cancellationToken)
    {
        var existing = await db.CartItems.FindAsync([buyerId, itemId], cancellationToken);
        if (existing is null)
        {
            var now = await db.Database.ClockTimestampAsync(cancellationToken);
            db.CartItems.Add(new CartItem(buyerId, itemId, itemName.Length > 300 ? itemName[..300] : itemName, quantity, now));
        }
        else
        {
            existing.Quantity = quantity;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(Guid buyerId, Guid itemId, CancellationToken cancellationToken) =>
        await db.CartItems.Where(item => item.BuyerId == buyerId && item.ItemId == itemId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task ClearAsync(Guid buyerId, CancellationToken cancellationToken) =>
        db.CartItems.RemoveRange(await db.CartItems.Where(item => item.BuyerId == buyerId).ToListAsync(cancellationToken));
}
