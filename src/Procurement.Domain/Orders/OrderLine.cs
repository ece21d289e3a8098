namespace Procurement.Domain.Orders;

/// <summary>One catalog item on a purchase order, with the price copied from the catalog when the order was raised.</summary>
public sealed class OrderLine
{
    /// <summary>Quantities may be fractional (kilograms, litres) to three places.</summary>
    public const int QuantityDecimals = 3;

    private OrderLine()
    {
        Sku = Name = UnitCode = CpvCode = string.Empty;
    }

    internal OrderLine(int number, CartLine line)
    {
        Id = Guid.NewGuid();
        Number = number;
        ItemId = line.ItemId;
        Sku = line.Sku;
        Name = line.Name;
        CpvCode = line.CpvCode;
        UnitCode = line.UnitCode;
        UnitPrice = line.UnitPrice.Amount;
        Quantity = line.Quantity;
        LineTotal = OrderArithmetic.LineTotal(line.Quantity, line.UnitPrice.Amount);
        LeadTimeDays = line.LeadTimeDays;
    }

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public Guid ItemId { get; private set; }
    public string Sku { get; private set; }
    public string Name { get; private set; }
    public string CpvCode { get; private set; }
    public string UnitCode { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal LineTotal { get; private set; }
    public int LeadTimeDays { get; private set; }
    public decimal DeliveredQuantity { get; private set; }

    public decimal OutstandingQuantity => Quantity - DeliveredQuantity;

    internal void Receive(decimal quantity)
    {
        if (quantity < 0 || decimal.Round(quantity, QuantityDecimals) != quantity)
        {
            throw new DomainRuleException($"Line {Number}: a received quantity is zero or more, to at most {QuantityDecimals} decimals.");
        }

        if (quantity > OutstandingQuantity)
        {
            throw new DomainRuleException($"Line {Number}: {quantity} received is more than the {OutstandingQuantity} still to come.");
        }

        DeliveredQuantity += quantity;
    }
}
