using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Orders.Ports;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

public sealed class OrderableItemsTests(AppFixture fixture)
{
    private static readonly DateOnly _today = DateOnly.FromDateTime(CatalogTestData.Now.UtcDateTime);

    [Fact]
    public async Task Answers_only_active_items_under_a_framework_of_the_agency_in_force_on_the_day_within_the_ceiling()
    {
        var app = fixture.App;
        var agency = await app.AddAgencyAsync();
        var otherAgency = await app.AddAgencyAsync();
        var supplier = await app.AddVerifiedSupplierAsync();
        var withinCeiling = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("OK-1", price: 10m));
        var aboveCeiling = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("HIGH-1", price: 12.50m));
        var draft = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("DRAFT-1"), active: false);
        var underExpiredOnly = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("OLD-1"));
        var notApproved = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("NONE-1"));
        var current = await app.AddFrameworkAsync(agency.Id, supplier.Id, _today.AddDays(-10), _today,
            (withinCeiling, 10m), (aboveCeiling, 12m));
        await app.AddFrameworkAsync(agency.Id, supplier.Id, _today.AddYears(-2), _today.AddDays(-1), (underExpiredOnly, 100m));
        await ApproveDraftAsync(app, current.Id, draft);

        var found = await FindAsync(app, agency.Id, [withinCeiling.Id, aboveCeiling.Id, draft.Id, underExpiredOnly.Id, notApproved.Id], CatalogTestData.Now);

        var item = Assert.Single(found);
        Assert.Equal(withinCeiling.Id, item.ItemId);
        Assert.Equal(current.Id, item.FrameworkId);
        Assert.Equal(current.Reference, item.FrameworkReference);
        Assert.Equal(new Domain.Money(10m, "GBP"), item.UnitPrice);
        Assert.Equal("Catalog Test Supplies Ltd", item.SupplierName);
        Assert.Equal("OK-1", item.Sku);
        Assert.Empty(await FindAsync(app, otherAgency.Id, [withinCeiling.Id], CatalogTestData.Now));
    }

    [Fact]
    public async Task A_framework_stops_its_items_being_ordered_the_day_after_it_ends_and_before_it_starts()
    {
        var app = fixture.App;
        var agency = await app.AddAgencyAsync();
        var supplier = await app.AddVerifiedSupplierAsync();
        var item = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("BOUND-1"));
        await app.AddFrameworkAsync(agency.Id, supplier.Id, _today, _today.AddDays(30), (item, 10m));

        Assert.Single(await FindAsync(app, agency.Id, [item.Id], CatalogTestData.Now));
        Assert.Single(await FindAsync(app, agency.Id, [item.Id], CatalogTestData.Now.AddDays(30)));
        Assert.Empty(await FindAsync(app, agency.Id, [item.Id], CatalogTestData.Now.AddDays(31)));
        Assert.Empty(await FindAsync(app, agency.Id, [item.Id], CatalogTestData.Now.AddDays(-1)));
    }

    private static async Task ApproveDraftAsync(ProcurementAppFactory app, Guid frameworkId, Domain.Catalog.CatalogItem draft)
    {
        // A draft cannot be approved; approving it while active then taking it back to draft is not possible either,
        // so the draft case is an item that was approved and then withdrawn.
        await app.WithDbAsync(async db =>
        {
            var item = await db.CatalogItems.FindAsync(draft.Id);
            item!.Activate(Guid.Empty, CatalogTestData.Now);
            var framework = await db.FrameworkAgreements.FindAsync(frameworkId);
            framework!.ApproveItem(item, new Domain.Money(10m, "GBP"), Guid.Empty, CatalogTestData.Now);
            item.Withdraw(Guid.Empty, CatalogTestData.Now);
            return await db.SaveChangesAsync();
        });
    }

    private static async Task<IReadOnlyList<OrderableItem>> FindAsync(ProcurementAppFactory app, Guid agencyId, Guid[] ids, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrderableItems>().FindAsync(agencyId, ids, at, CancellationToken.None);
    }
}
