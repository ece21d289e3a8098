using System.Globalization;
using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog;

/// <summary>
/// The catalog import file: a header row with these columns (in any order, names as here, case ignored), then one
/// item per row. Documented in docs/user-guide.md; the example row is the downloadable template's.
/// </summary>
public static class CatalogCsvTemplate
{
    public static readonly IReadOnlyList<CatalogCsvColumn> Columns =
    [
        new("sku", nameof(CatalogItemDetails.Sku), true, "Your own code for the item, unique in your catalog; a row with an SKU you already have updates that item.", "MOS-PAP-A4-80"),
        new("name", nameof(CatalogItemDetails.Name), true, "The item's name, at most 200 characters.", "A4 copier paper, 80 gsm, white"),
        new("description", nameof(CatalogItemDetails.Description), false, "What buyers should know, at most 4,000 characters.", "500 sheets a ream, FSC certified, 5 reams a box"),
        new("cpv_code", nameof(CatalogItemDetails.CpvCode), true, "A CPV 2008 code with its check digit.", "30197630-1"),
        new("unit_code", nameof(CatalogItemDetails.UnitCode), true, "The UN/CEFACT code of the unit sold (H87 piece, BX box, RM ream, PK pack, KGM kilogram ...).", "RM"),
        new("unit_price", nameof(CatalogItemDetails.UnitPrice), true, "The price of one unit, excluding VAT, with a dot for decimals and no thousands separator.", "3.85"),
        new("currency", nameof(CatalogItemDetails.Currency), true, "ISO 4217 code.", "GBP"),
        new("minimum_order_quantity", nameof(CatalogItemDetails.MinimumOrderQuantity), true, "The fewest units that can be ordered, more than 0.", "5"),
        new("lead_time_days", nameof(CatalogItemDetails.LeadTimeDays), true, "Days from order to delivery, 0 to 365.", "2"),
        new("status", "Status", false, "Active (offered; the default), Draft (new items only) or Withdrawn.", "Active"),
    ];

    public static IEnumerable<string> Header => Columns.Select(c => c.Name);

    public static IEnumerable<string> ExampleRow => Columns.Select(c => c.Example);

    /// <summary>Reads a number written with a dot for decimals, or null.</summary>
    internal static decimal? Decimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    internal static int? Integer(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <param name="Name">The header name in the file.</param>
/// <param name="Field">The item field it fills (as in <see cref="CatalogItemDetails"/>).</param>
public sealed record CatalogCsvColumn(string Name, string Field, bool Required, string Description, string Example);
