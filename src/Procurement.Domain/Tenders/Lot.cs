namespace Procurement.Domain.Tenders;

/// <summary>A part of a tender that can be bid for and awarded on its own: what is bought, how much, and its estimated value.</summary>
public sealed class Lot
{
    private Lot()
    {
        Title = CpvCode = UnitCode = string.Empty;
        EstimatedValue = new Money(0, "GBP");
    }

    internal Lot(int number, LotDetails details)
    {
        Number = number;
        Title = details.Title!.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        CpvCode = Reference.CpvCode.Normalise(details.CpvCode!);
        Quantity = details.Quantity!.Value;
        UnitCode = details.UnitCode!.Trim().ToUpperInvariant();
        EstimatedValue = new Money(details.EstimatedAmount!.Value, details.Currency!.Trim().ToUpperInvariant());
    }

    /// <summary>1, 2, 3 … in the order the officer gave them.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; }
    public string? Description { get; private set; }

    /// <summary>The CPV 2008 code of what the lot buys, e.g. <c>45233120-6</c>.</summary>
    public string CpvCode { get; private set; }

    public decimal Quantity { get; private set; }

    /// <summary>UN/CEFACT Recommendation 20 unit code, e.g. <c>H87</c>.</summary>
    public string UnitCode { get; private set; }

    /// <summary>The estimated value without tax.</summary>
    public Money EstimatedValue { get; private set; }

    public LotDetails ToDetails() => new(Title, Description, CpvCode, Quantity, UnitCode, EstimatedValue.Amount, EstimatedValue.Currency);
}

/// <summary>An award criterion and its weight; the weights of a best-value tender add up to 100 and one is price.</summary>
public sealed class AwardCriterion
{
    public const string PriceName = "Price";

    private AwardCriterion()
    {
        Name = string.Empty;
    }

    internal AwardCriterion(string name, int weight, bool isPrice)
    {
        Name = name;
        Weight = weight;
        IsPrice = isPrice;
    }

    public string Name { get; private set; }
    public int Weight { get; private set; }
    public bool IsPrice { get; private set; }
}
