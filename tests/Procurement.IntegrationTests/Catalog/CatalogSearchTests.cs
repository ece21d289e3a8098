using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Catalog;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

public sealed class CatalogSearchTests(AppFixture fixture)
{
    [Fact]
    public async Task An_item_approved_under_a_framework_in_force_is_found_once_the_outbox_drains_and_disappears_after_withdrawal()
    {
        var app = fixture.App;
        var agency = await app.AddAgencyAsync();
        var supplier = await app.AddVerifiedSupplierAsync("Searchable Supplies Ltd");
        var item = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("SRCH-1", name: "Zircon stapler heavy duty", cpv: "30192700-8"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.AddFrameworkAsync(agency.Id, supplier.Id, today.AddDays(-5), today.AddDays(5), (item, 15m));

        await EventuallyAsync(async () => (await SearchAsync(app, agency.Id, "zircn staplr")).Items.Any(i => i.Id == item.Id));
        Assert.Empty((await SearchAsync(app, (await app.AddAgencyAsync()).Id, "zircon")).Items);

        await app.WithDbAsync(async db =>
        {
            var stored = await db.CatalogItems.SingleAsync(i => i.Id == item.Id);
            db.CatalogEvents.Add(stored.Withdraw(Guid.Empty, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        await EventuallyAsync(async () => (await SearchAsync(app, agency.Id, "zircon")).Total == 0);
    }

    [Fact]
    public async Task An_item_stops_being_found_when_its_framework_expires()
    {
        var app = fixture.App;
        var agency = await app.AddAgencyAsync();
        var supplier = await app.AddVerifiedSupplierAsync("Expiring Supplies Ltd");
        var item = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("EXP-1", name: "Quokka ergonomic footrest", cpv: "30192000-1"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var framework = await app.AddFrameworkAsync(agency.Id, supplier.Id, today.AddDays(-30), today, (item, 15m));
        await EventuallyAsync(async () => (await SearchAsync(app, agency.Id, "quokka")).Total == 1);

        // The framework's last day moves into the past, as it does when the day after it comes.
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE framework_agreements SET valid_to = {today.AddDays(-1)} WHERE id = {framework.Id}"));

        Assert.Equal(0, (await SearchAsync(app, agency.Id, "quokka")).Total);
    }

    [Fact]
    public async Task A_suspended_suppliers_items_leave_the_catalog()
    {
        var app = fixture.App;
        var agency = await app.AddAgencyAsync();
        var supplier = await app.AddVerifiedSupplierAsync("Suspended Soon Ltd");
        var item = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("SUS-1", name: "Marmoset desk organiser", cpv: "30192000-1"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.AddFrameworkAsync(agency.Id, supplier.Id, today.AddDays(-1), today.AddDays(10), (item, 15m));
        await EventuallyAsync(async () => (await SearchAsync(app, agency.Id, "marmoset")).Total == 1);

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Suppliers.SingleAsync(s => s.Id == supplier.Id);
            db.SupplierDecisions.Add(stored.Suspend(Guid.Empty, "Failed to deliver", null, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        await EventuallyAsync(async () => (await SearchAsync(app, agency.Id, "marmoset")).Total == 0);
    }

    private static async Task<CatalogSearchResult> SearchAsync(ProcurementAppFactory app, Guid agencyId, string text)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<SearchCatalogHandler>();
        return await handler.HandleAsync(new SearchCatalog(agencyId, new CatalogQuery(text, null, null, null, null, [])), CancellationToken.None);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The catalog index did not catch up within 20 seconds.");
            await Task.Delay(100);
        }
    }
}
