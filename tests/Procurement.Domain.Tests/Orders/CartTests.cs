using Procurement.Domain.Orders;
using static Procurement.Domain.Tests.Orders.OrderBuilder;

namespace Procurement.Domain.Tests.Orders;

public sealed class CartTests
{
    [Fact]
    public void A_cart_splits_into_one_basket_per_supplier()
    {
        var other = Guid.NewGuid();
        var baskets = Cart.Split([Line(10m, 1m), Line(20m, 2m, other), Line(5m, 3m, name: "Toner")]);

        Assert.Equal(2, baskets.Count);
        var meridian = baskets.Single(basket => basket.SupplierId == Supplier);
        Assert.Equal(2, meridian.Lines.Count);
        Assert.Equal(new Money(25m, "GBP"), meridian.Total);
        Assert.Equal(new Money(40m, "GBP"), baskets.Single(basket => basket.SupplierId == other).Total);
    }

    [Fact]
    public void One_supplier_pricing_in_two_currencies_makes_two_orders()
    {
        var baskets = Cart.Split([Line(10m, 1m), Line(10m, 1m, currency: "EUR", name: "Toner")]);

        Assert.Equal(["EUR", "GBP"], baskets.Select(basket => basket.Currency));
        Assert.All(baskets, basket => Assert.Equal(Supplier, basket.SupplierId));
    }

    [Fact]
    public void The_split_is_in_a_stable_order_whatever_the_cart_order()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var lines = new[] { Line(1m, 1m, b), Line(1m, 1m, a), Line(1m, 1m) };

        Assert.Equal(
            Cart.Split(lines).Select(basket => basket.SupplierName),
            Cart.Split(lines.Reverse()).Select(basket => basket.SupplierName));
    }

    [Theory]
    [InlineData("1.005", "1.00", "1.01")] // half a penny rounds away from zero, not to even
    [InlineData("0.125", "0.10", "0.01")]
    [InlineData("2.5", "19.99", "49.98")] // 49.975
    [InlineData("3", "33.33", "99.99")]
    public void A_line_total_is_rounded_to_the_penny_half_away_from_zero(string quantity, string unitPrice, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            OrderArithmetic.LineTotal(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(unitPrice, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_order_total_is_the_sum_of_its_rounded_lines()
    {
        var order = Raise(lines: [Line(1m, 0.333m, name: "a", minimum: 0m), Line(1m, 0.333m, name: "b", minimum: 0m), Line(1m, 0.333m, name: "c", minimum: 0m)]);

        Assert.All(order.Lines, line => Assert.Equal(0.33m, line.LineTotal));
        Assert.Equal(new Money(0.99m, "GBP"), order.Total);
    }

    [Theory]
    [InlineData("12.34", 1234)]
    [InlineData("0.01", 1)]
    [InlineData("5000.00", 500000)]
    public void Card_amounts_go_to_the_provider_in_minor_units(string amount, long minor)
    {
        Assert.Equal(minor, OrderArithmetic.MinorUnits(new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "GBP")));
    }
}
