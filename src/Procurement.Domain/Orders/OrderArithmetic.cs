namespace Procurement.Domain.Orders;

/// <summary>Order money: exact decimals, each line rounded to the penny half away from zero, totals summed from lines.</summary>
public static class OrderArithmetic
{
    public static decimal LineTotal(decimal quantity, decimal unitPrice) =>
        decimal.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero);

    /// <summary>The amount in the currency's minor units, as card providers take it (pence, cents).</summary>
    public static long MinorUnits(Money money) => decimal.ToInt64(money.Amount * 100m);
}
