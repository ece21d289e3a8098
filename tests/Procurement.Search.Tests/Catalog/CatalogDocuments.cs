using Procurement.Application.Catalog.Ports;

namespace Procurement.Search.Tests.Catalog;

/// <summary>Catalog items to index in adapter tests.</summary>
internal static class CatalogDocuments
{
    public static readonly Guid Meridian = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Northwind = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid OfficeFramework = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    public static readonly Guid PpeFramework = Guid.Parse("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb");

    public static CatalogItemDocument Item(
        string name, decimal price, int leadTime, string cpv = "30197630-1", Guid? supplier = null, Guid[]? frameworks = null, string description = "") =>
        new(Guid.NewGuid(), supplier ?? Meridian, supplier == Northwind ? "Northwind Medical" : "Meridian Office", $"SKU-{name.GetHashCode(StringComparison.Ordinal):X}",
            name, description, cpv, "Printing paper", "H87", "piece", price, "GBP", 1m, leadTime, null, frameworks ?? [OfficeFramework]);

    public static readonly CatalogItemDocument Paper = Item("A4 copier paper", 3.85m, 2);
    public static readonly CatalogItemDocument Toner = Item("Black toner cartridge", 48.50m, 3, cpv: "30125100-2");
    public static readonly CatalogItemDocument Stapler = Item("Heavy duty stapler", 18.75m, 5, cpv: "30192700-8");
    public static readonly CatalogItemDocument Gloves = Item("Nitrile examination gloves", 6.40m, 1, cpv: "18424300-0", supplier: Northwind, frameworks: [PpeFramework]);
    public static readonly CatalogItemDocument Unlisted = Item("Unlisted notebook", 7.20m, 2, frameworks: []);

    public static IReadOnlyList<CatalogItemDocument> All { get; } = [Paper, Toner, Stapler, Gloves, Unlisted];
}
