using Procurement.Application.Orders.Ports;
using Procurement.Domain.Orders;

namespace Procurement.Application.Orders;

/// <summary>A buyer acting on their own cart: a Buyer of an agency.</summary>
public sealed record CartBuyer(Guid UserId, Guid AgencyId);

/// <summary>The outcome of a change to a cart; the errors name the form field they belong to.</summary>
public sealed record CartChange(IReadOnlyList<FieldError> Errors)
{
    public static CartChange Done { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static CartChange Refused(string field, string message) => new([new FieldError(field, message)]);
}

/// <summary>A cart line that cannot be ordered as it stands, and why.</summary>
public sealed record CartProblem(Guid ItemId, string ItemName, string Message);

/// <summary>The cart priced from the catalog now: the lines that can be ordered, and the problems with the others.</summary>
public sealed record PricedCart(IReadOnlyList<CartLine> Lines, IReadOnlyList<CartProblem> Problems)
{
    public IReadOnlyList<SupplierBasket> Baskets => Cart.Split(Lines);
}

/// <summary>
/// Prices cart lines from the catalog (<see cref="IOrderableItems"/>) for the buyer's agency at a moment: the only
/// source of prices for a cart or an order. An item no longer orderable, or ordered below its minimum, is a problem.
/// </summary>
public sealed class CartPricing(IOrderableItems catalog)
{
    public static string QuantityProblem(decimal quantity) =>
        quantity <= 0 || decimal.Round(quantity, OrderLine.QuantityDecimals) != quantity || quantity > 1_000_000_000m
            ? $"Enter a quantity more than zero, to at most {OrderLine.QuantityDecimals} decimals."
            : string.Empty;

    public async Task<PricedCart> PriceAsync(Guid agencyId, IReadOnlyList<CartEntry> entries, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var orderable = entries.Count == 0
            ? new Dictionary<Guid, OrderableItem>()
            : (await catalog.FindAsync(agencyId, [.. entries.Select(entry => entry.ItemId)], at, cancellationToken))
                .GroupBy(item => item.ItemId)
                .ToDictionary(group => group.Key, group => group.OrderBy(item => item.UnitPrice.Amount).First()); // the lowest, should two frameworks list it
        var lines = new List<CartLine>();
        var problems = new List<CartProblem>();
        foreach (var entry in entries)
        {
            if (!orderable.TryGetValue(entry.ItemId, out var item))
            {
                problems.Add(new CartProblem(entry.ItemId, entry.ItemName,
                    $"{entry.ItemName} can no longer be ordered by your agency (withdrawn, or its framework agreement is not in force). Remove it from the cart."));
                continue;
            }

            if (entry.Quantity < item.MinimumOrderQuantity)
            {
                problems.Add(new CartProblem(entry.ItemId, item.Name, $"{item.Name}: the minimum order is {item.MinimumOrderQuantity:0.###} {item.UnitCode}; you have {entry.Quantity:0.###}."));
            }

            lines.Add(new CartLine(
                item.ItemId, item.SupplierId, item.SupplierName, item.Sku, item.Name, item.CpvCode, item.UnitCode, item.UnitPrice,
                entry.Quantity, item.MinimumOrderQuantity, item.LeadTimeDays));
        }

        return new PricedCart(lines, problems);
    }
}
