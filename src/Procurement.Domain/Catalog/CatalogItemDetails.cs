namespace Procurement.Domain.Catalog;

/// <summary>What a supplier says about an item, as typed in the form or a CSV row; <see cref="Problems"/> checks its shape.</summary>
public sealed record CatalogItemDetails(
    string? Sku,
    string? Name,
    string? Description,
    string? CpvCode,
    string? UnitCode,
    decimal? UnitPrice,
    string? Currency,
    decimal? MinimumOrderQuantity,
    int? LeadTimeDays)
{
    public const int MaxSkuLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxLeadTimeDays = 365;
    public const decimal MaxMinimumOrderQuantity = 1_000_000m;

    /// <summary>Each problem by field name (the same names as the form and the CSV columns' properties).</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Sku))
        {
            yield return (nameof(Sku), "Give the item's SKU: your own code for it.");
        }
        else if (Sku.Trim().Length > MaxSkuLength || Sku.Trim().Any(char.IsControl))
        {
            yield return (nameof(Sku), $"The SKU must be at most {MaxSkuLength} printable characters.");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return (nameof(Name), "Give the item's name.");
        }
        else if (Name.Trim().Length > MaxNameLength)
        {
            yield return (nameof(Name), $"The name must be at most {MaxNameLength} characters.");
        }

        if (Description is { Length: > MaxDescriptionLength })
        {
            yield return (nameof(Description), $"The description must be at most {MaxDescriptionLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(CpvCode) || !Reference.CpvCode.IsWellFormed(CpvCode))
        {
            yield return (nameof(CpvCode), "Give a CPV code: eight digits, a hyphen and a check digit, like 30192700-8.");
        }

        if (string.IsNullOrWhiteSpace(UnitCode) || UnitCode.Trim().Length > 3)
        {
            yield return (nameof(UnitCode), "Give the unit as a UN/CEFACT code, like H87 (piece) or BX (box).");
        }

        if (UnitPrice is not { } price || !Money.IsAmount(price) || price == 0)
        {
            yield return (nameof(UnitPrice), "Give the unit price: more than 0, with at most two decimals.");
        }

        if (!Money.IsCurrencyCode(Currency?.Trim().ToUpperInvariant()))
        {
            yield return (nameof(Currency), "Give the currency as an ISO 4217 code such as GBP or EUR.");
        }

        if (MinimumOrderQuantity is not { } minimum || minimum <= 0 || minimum > MaxMinimumOrderQuantity || decimal.Round(minimum, 3) != minimum)
        {
            yield return (nameof(MinimumOrderQuantity), $"Give the minimum order quantity: more than 0, at most {MaxMinimumOrderQuantity:N0}, with at most three decimals.");
        }

        if (LeadTimeDays is not { } days || days < 0 || days > MaxLeadTimeDays)
        {
            yield return (nameof(LeadTimeDays), $"Give the lead time in whole days, from 0 to {MaxLeadTimeDays}.");
        }
    }

    internal CatalogItemDetails Normalised() => this with
    {
        Sku = Sku!.Trim(),
        Name = Name!.Trim(),
        Description = Description?.Trim() ?? string.Empty,
        CpvCode = Reference.CpvCode.Normalise(CpvCode!),
        UnitCode = UnitCode!.Trim().ToUpperInvariant(),
        Currency = Currency!.Trim().ToUpperInvariant(),
    };

    internal static string Join(IEnumerable<(string Field, string Message)> problems) => string.Join(" ", problems.Select(p => p.Message));
}
