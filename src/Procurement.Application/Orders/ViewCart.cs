using Procurement.Application.Orders.Ports;

namespace Procurement.Application.Orders;

public sealed record ViewCart(CartBuyer Buyer);

/// <summary>The buyer's cart priced from the catalog now, split into the orders it would raise, with its problems.</summary>
public sealed class ViewCartHandler(ICarts carts, CartPricing pricing, IPurchaseOrders orders, IOrderDirectory directory)
{
    public async Task<CartView> HandleAsync(ViewCart query, CancellationToken cancellationToken)
    {
        var entries = await carts.LinesAsync(query.Buyer.UserId, cancellationToken);
        var priced = await pricing.PriceAsync(query.Buyer.AgencyId, entries, await orders.ClockAsync(cancellationToken), cancellationToken);
        var threshold = await directory.ApprovalThresholdAsync(query.Buyer.AgencyId, cancellationToken) ?? Domain.Agencies.Agency.DefaultOrderApprovalThreshold;
        return new CartView(entries, priced, threshold);
    }
}

public sealed record CartView(IReadOnlyList<CartEntry> Entries, PricedCart Priced, Domain.Money ApprovalThreshold)
{
    public bool IsEmpty => Entries.Count == 0;
}
