namespace Procurement.Domain.Orders;

/// <summary>
/// A cart line priced from the catalog at the moment the buyer submits: the only source of prices for an order,
/// never the buyer's browser.
/// </summary>
public sealed record CartLine(
    Guid ItemId,
    Guid SupplierId,
    string SupplierName,
    string Sku,
    string Name,
    string CpvCode,
    string UnitCode,
    Money UnitPrice,
    decimal Quantity,
    decimal MinimumOrderQuantity,
    int LeadTimeDays);

/// <summary>The lines of a cart that become one purchase order: one supplier, one currency.</summary>
public sealed record SupplierBasket(Guid SupplierId, string SupplierName, string Currency, IReadOnlyList<CartLine> Lines)
{
    public Money Total => new(Lines.Sum(line => OrderArithmetic.LineTotal(line.Quantity, line.UnitPrice.Amount)), Currency);
}

public static class Cart
{
    /// <summary>Splits a cart into one basket per supplier and currency, in a stable order (supplier name, then currency).</summary>
    public static IReadOnlyList<SupplierBasket> Split(IEnumerable<CartLine> lines) =>
        [.. lines
            .GroupBy(line => (line.SupplierId, line.UnitPrice.Currency))
            .Select(group => new SupplierBasket(group.Key.SupplierId, group.First().SupplierName, group.Key.Currency, [.. group]))
            .OrderBy(basket => basket.SupplierName, StringComparer.Ordinal)
            .ThenBy(basket => basket.Currency, StringComparer.Ordinal)];
}
