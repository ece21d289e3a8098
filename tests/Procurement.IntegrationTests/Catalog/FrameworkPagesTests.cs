using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Orders.Ports;
using Procurement.IntegrationTests.Tenders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

public sealed class FrameworkPagesTests(AppFixture fixture)
{
    private const string CountyOfficer = "officer.county@procurement.test";

    [Fact]
    public async Task An_officer_makes_a_framework_and_approves_an_item_with_a_ceiling_which_makes_it_orderable_for_the_agency()
    {
        var app = fixture.App;
        var supplier = await app.AddVerifiedSupplierAsync("Framework Partner Ltd");
        var item = await app.AddItemAsync(supplier.Id, CatalogTestData.Details("FWP-1", price: 20m));
        using var officer = await app.SignedInOfficerAsync(CountyOfficer);
        var reference = $"NCC-T-{Guid.NewGuid():N}"[..16];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var created = await officer.SubmitAsync("/frameworks/new", "/frameworks/new", new Dictionary<string, string>
        {
            ["Form.Reference"] = reference,
            ["Form.Title"] = "Paper framework",
            ["Form.SupplierId"] = supplier.Id.ToString(),
            ["Form.ValidFrom"] = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.ValidTo"] = today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Currency"] = "GBP",
        });
        Assert.Contains("The framework was created", created.Html, StringComparison.Ordinal);
        var frameworkPath = created.Path;

        var tooLow = await officer.SubmitAsync(frameworkPath, $"{frameworkPath}/items", new Dictionary<string, string> { ["itemId"] = item.Id.ToString(), ["ceiling"] = "abc" });
        Assert.Contains("Give the price ceiling per unit", tooLow.Html, StringComparison.Ordinal);
        var approved = await officer.SubmitAsync(frameworkPath, $"{frameworkPath}/items", new Dictionary<string, string> { ["itemId"] = item.Id.ToString(), ["ceiling"] = "25.00" });
        Assert.Contains("The item was approved", approved.Html, StringComparison.Ordinal);

        var agencyId = await app.WithDbAsync(db => db.Agencies.Where(a => a.Identifier == "NCC").Select(a => a.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var orderable = await scope.ServiceProvider.GetRequiredService<IOrderableItems>().FindAsync(agencyId, [item.Id], DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(reference, Assert.Single(orderable).FrameworkReference);
        var frameworkId = Guid.Parse(frameworkPath.Split('/')[^1]);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Subject == $"framework:{frameworkId:D}" && e.Action == "catalog.framework_item_approved")));
    }

    [Fact]
    public async Task An_officer_of_another_agency_cannot_see_the_framework()
    {
        var app = fixture.App;
        var supplier = await app.AddVerifiedSupplierAsync("Private Framework Ltd");
        var ncc = await app.WithDbAsync(db => db.Agencies.Where(a => a.Identifier == "NCC").Select(a => a.Id).SingleAsync());
        var framework = await app.AddFrameworkAsync(ncc, supplier.Id, DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5));
        using var otherOfficer = await app.SignedInOfficerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await otherOfficer.GetAsync($"/frameworks/{framework.Id}")).Status);
    }
}
