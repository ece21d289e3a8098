using Procurement.Domain.Agencies;
using Procurement.Domain.Catalog;
using Procurement.Domain.Suppliers;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

/// <summary>Builders for catalog tests: a fresh agency, a verified supplier, its items and frameworks, saved straight to the database.</summary>
internal static class CatalogTestData
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    public static CatalogItemDetails Details(string sku, decimal price = 10m, string name = "A4 copier paper, 80 gsm", string cpv = "30197630-1", string unit = "H87") =>
        new(sku, name, "White paper, 500 sheets a ream.", cpv, unit, price, "GBP", 1m, 3);

    public static async Task<Agency> AddAgencyAsync(this ProcurementAppFactory app)
    {
        var agency = new Agency($"Test agency {Guid.NewGuid():N}", $"GB-TEST-{Guid.NewGuid():N}"[..20], "buying@agency.test", "London");
        await app.WithDbAsync(async db =>
        {
            db.Agencies.Add(agency);
            return await db.SaveChangesAsync();
        });
        return agency;
    }

    public static async Task<Supplier> AddVerifiedSupplierAsync(this ProcurementAppFactory app, string name = "Catalog Test Supplies Ltd")
    {
        var supplier = new Supplier(name).Completed().VerifiedAt(Now.AddDays(-30));
        await app.WithDbAsync(async db =>
        {
            db.Suppliers.Add(supplier);
            return await db.SaveChangesAsync();
        });
        return supplier;
    }

    public static async Task<CatalogItem> AddItemAsync(this ProcurementAppFactory app, Guid supplierId, CatalogItemDetails details, bool active = true)
    {
        var (item, created) = CatalogItem.Create(supplierId, details, active, Guid.Empty, Now);
        await app.WithDbAsync(async db =>
        {
            db.CatalogItems.Add(item);
            db.CatalogEvents.Add(created);
            return await db.SaveChangesAsync();
        });
        return item;
    }

    public static async Task<FrameworkAgreement> AddFrameworkAsync(
        this ProcurementAppFactory app, Guid agencyId, Guid supplierId, DateOnly from, DateOnly to, params (CatalogItem Item, decimal Ceiling)[] items)
    {
        var (framework, created) = FrameworkAgreement.Create(agencyId, supplierId, $"FW-{Guid.NewGuid():N}"[..12], "Office supplies framework", from, to, "GBP", Guid.Empty, Now);
        var events = items.Select(i => framework.ApproveItem(i.Item, new Domain.Money(i.Ceiling, "GBP"), Guid.Empty, Now)).Prepend(created).ToList();
        await app.WithDbAsync(async db =>
        {
            db.FrameworkAgreements.Add(framework);
            db.CatalogEvents.AddRange(events);
            return await db.SaveChangesAsync();
        });
        return framework;
    }
}
