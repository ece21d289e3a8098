using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Suppliers;

public sealed class TenderAlertTests(AppFixture fixture)
{
    [Fact]
    public async Task A_supplier_sets_its_alerts_and_a_wrong_prefix_is_refused_with_an_example()
    {
        var (email, supplierId) = await SupplierWithUserAsync(verified: true, alerts: []);
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(email);

        var refused = await session.SubmitAsync("/my-company/alerts", "/my-company/alerts", new Dictionary<string, string> { ["TenderAlerts"] = "45, 7x" });
        Assert.Contains("not 7x", refused.Text, StringComparison.Ordinal);

        await session.SubmitAsync("/my-company/alerts", "/my-company/alerts", new Dictionary<string, string> { ["TenderAlerts"] = "45, 7131" });
        var saved = await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.SubscribedCpvPrefixes).SingleAsync());
        Assert.Equal(["45", "7131"], saved);
    }

    [Fact]
    public async Task A_published_tender_alerts_verified_subscribers_to_a_matching_prefix_only()
    {
        var (matching, _) = await SupplierWithUserAsync(verified: true, alerts: ["4523"]);
        var (otherCategory, _) = await SupplierWithUserAsync(verified: true, alerts: ["33"]);
        var (unverified, _) = await SupplierWithUserAsync(verified: false, alerts: ["45"]);
        var tender = new PublishedTender("NCC-2026-0042", "Resurfacing of the A689", "Northshire County Council", ["45233120-6"],
            new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero), new Uri("https://procurement.test/tenders/NCC-2026-0042"));

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            foreach (var subscriber in scope.ServiceProvider.GetServices<ITenderPublicationSubscriber>())
            {
                await subscriber.OnPublishedAsync(tender, CancellationToken.None);
            }
        }

        Assert.Contains("Resurfacing of the A689", Mailbox.LatestTo(fixture.App, matching), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Mailbox.LatestTo(fixture.App, otherCategory));
        Assert.Throws<InvalidOperationException>(() => Mailbox.LatestTo(fixture.App, unverified));
    }

    private async Task<(string Email, Guid SupplierId)> SupplierWithUserAsync(bool verified, string[] alerts)
    {
        var supplier = new Supplier($"Alert Test {Guid.NewGuid():N}"[..24]);
        supplier.Completed(description: "Test company for tender alerts.", cpvCodes: ["45233120-6"]);
        supplier.SubscribeTo(alerts);
        if (verified)
        {
            supplier.VerifiedAt(DateTimeOffset.UtcNow);
        }

        return (await fixture.App.AddWithUserAsync(supplier, "alerts", "Alert Tester", DemoOptions.Password), supplier.Id);
    }
}
