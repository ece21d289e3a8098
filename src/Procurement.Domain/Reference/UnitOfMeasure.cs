namespace Procurement.Domain.Reference;

/// <summary>A UN/CEFACT Recommendation 20 unit of measure, e.g. <c>KGM</c> (kilogram).</summary>
public sealed class UnitOfMeasure
{
    private UnitOfMeasure()
    {
        Code = string.Empty;
        Name = string.Empty;
        Symbol = string.Empty;
    }

    public UnitOfMeasure(string code, string name, string symbol)
    {
        Code = code;
        Name = name;
        Symbol = symbol;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string Symbol { get; private set; }
}
