using System.ComponentModel.DataAnnotations;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;

namespace Procurement.Web.Features.Catalog;

/// <summary>The item form as typed; checked by the use case, never by attributes, so every message comes from one place.</summary>
public sealed class CatalogItemForm
{
    [Display(Name = "SKU")]
    public string? Sku { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "CPV code")]
    public string? CpvCode { get; set; }

    [Display(Name = "Unit")]
    public string? UnitCode { get; set; }

    [Display(Name = "Unit price")]
    public decimal? UnitPrice { get; set; }

    [Display(Name = "Currency")]
    public string? Currency { get; set; } = "GBP";

    [Display(Name = "Minimum order quantity")]
    public decimal? MinimumOrderQuantity { get; set; } = 1;

    [Display(Name = "Lead time (days)")]
    public int? LeadTimeDays { get; set; }

    /// <summary>For a new item: offer it at once rather than keep it as a draft.</summary>
    public bool Activate { get; set; } = true;

    public CatalogItemDetails ToDetails() => new(Sku, Name, Description, CpvCode, UnitCode, UnitPrice, Currency, MinimumOrderQuantity, LeadTimeDays);

    public static CatalogItemForm From(CatalogItem item) => new()
    {
        Sku = item.Sku,
        Name = item.Name,
        Description = item.Description,
        CpvCode = item.CpvCode,
        UnitCode = item.UnitCode,
        UnitPrice = item.UnitPriceAmount,
        Currency = item.Currency,
        MinimumOrderQuantity = item.MinimumOrderQuantity,
        LeadTimeDays = item.LeadTimeDays,
    };
}

public sealed record MyCatalogPage(IReadOnlyList<CatalogItemSummary> Items, bool SupplierVerified);

public sealed record CatalogItemEditPage(CatalogItem? Item, CatalogItemForm Form, IReadOnlyList<(string Code, string Name)> Units);

public sealed record CatalogImportPage(Guid? ImportId);
