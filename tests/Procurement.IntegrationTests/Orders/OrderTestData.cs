using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Domain.Agencies;
using Procurement.Domain.Catalog;
using Procurement.Domain.Identity;
using Procurement.Domain.Orders;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Catalog;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Orders;

/// <summary>
/// A fresh agency with a buyer and two approvers, two verified suppliers with a user each, and one orderable item per
/// supplier under frameworks in force today (by the real clock, which the order use cases read from PostgreSQL).
/// </summary>
internal sealed record OrderWorld(
    Agency Agency, string BuyerEmail, Guid BuyerId, string ApproverEmail, string BuyerApproverEmail,
    Supplier Expensive, string ExpensiveUserEmail, CatalogItem ExpensiveItem, FrameworkAgreement ExpensiveFramework,
    Supplier Cheap, string CheapUserEmail, CatalogItem CheapItem)
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<OrderWorld> CreateAsync(ProcurementAppFactory app)
    {
        var agency = await app.AddAgencyAsync();
        var (buyerEmail, buyerId) = await app.AgencyUserAsync(agency.Id, "Bea Buyer", Roles.Buyer);
        var (approverEmail, _) = await app.AgencyUserAsync(agency.Id, "Avery Approver", Roles.Approver);
        var (buyerApproverEmail, _) = await app.AgencyUserAsync(agency.Id, "Bo Both", Roles.Buyer, Roles.Approver);
        var expensive = NewSupplier("Heavy Kit");
        var expensiveEmail = await app.AddWithUserAsync(expensive, "heavy", "Hank Heavy", DemoOptions.Password);
        var cheap = NewSupplier("Paper Co");
        var cheapEmail = await app.AddWithUserAsync(cheap, "paper", "Pat Paper", DemoOptions.Password);

        // 6 × 1,000.00 = 6,000.00 is above the default threshold of GBP 5,000.00; 5 × 4.20 = 21.00 is not.
        var expensiveItem = await app.AddItemAsync(expensive.Id, CatalogTestData.Details($"HK-{Guid.NewGuid():N}"[..10], price: 1_000m, name: "Pallet truck", cpv: "42415000-8"));
        var cheapItem = await app.AddItemAsync(cheap.Id, CatalogTestData.Details($"PC-{Guid.NewGuid():N}"[..10], price: 4.20m, name: "Copier paper"));
        var expensiveFramework = await app.AddFrameworkAsync(agency.Id, expensive.Id, Today.AddDays(-10), Today.AddDays(60), (expensiveItem, 1_000m));
        await app.AddFrameworkAsync(agency.Id, cheap.Id, Today.AddDays(-10), Today.AddDays(60), (cheapItem, 5m));
        return new OrderWorld(agency, buyerEmail, buyerId, approverEmail, buyerApproverEmail, expensive, expensiveEmail, expensiveItem, expensiveFramework, cheap, cheapEmail, cheapItem);
    }

    private static Supplier NewSupplier(string name) =>
        new Supplier($"{name} {Guid.NewGuid():N}"[..24] + " Ltd").Completed().VerifiedAt(DateTimeOffset.UtcNow.AddDays(-30));
}

internal static class OrderTestSessions
{
    public static async Task<(string Email, Guid Id)> AgencyUserAsync(this ProcurementAppFactory app, Guid agencyId, string name, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"orders-{Guid.NewGuid():N}@agency.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, AgencyId = agencyId };
        Assert.True((await users.CreateAsync(user, DemoOptions.Password)).Succeeded);
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return (email, user.Id);
    }

    public static async Task<WebSession> SignedInAsync(this ProcurementAppFactory app, string email)
    {
        var session = new WebSession(app);
        var page = await session.SignInAsync(email);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        return session;
    }

    public static Task<WebSession.Page> AddToCartAsync(this WebSession session, Guid itemId, decimal quantity) =>
        session.SubmitAsync("/cart", "/cart/items", new Dictionary<string, string>
        {
            ["itemId"] = itemId.ToString(), ["quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public static Task<WebSession.Page> SubmitCartAsync(this WebSession session, IDictionary<string, string>? extra = null) =>
        session.SubmitAsync("/cart", "/cart/submit", new Dictionary<string, string>(extra ?? new Dictionary<string, string>())
        {
            ["Form.DeliveryAddress"] = "Stores, County Hall, Nottingham NG1 1AA",
            ["Form.CostCentre"] = "CC-4410",
        });

    /// <summary>Orders one item through the cart as <paramref name="session"/>'s buyer: the agency's only order.</summary>
    public static async Task<PurchaseOrder> OrderOneAsync(this WebSession session, ProcurementAppFactory app, Guid agencyId, Guid itemId, decimal quantity)
    {
        await session.AddToCartAsync(itemId, quantity);
        await session.SubmitCartAsync();
        return Assert.Single(await app.OrdersOfAsync(agencyId));
    }

    /// <summary>Posts an action form of the order's page, with the page's antiforgery token.</summary>
    public static Task<WebSession.Page> OrderStepAsync(this WebSession session, Guid orderId, string step, IDictionary<string, string>? fields = null, bool followRedirects = true) =>
        session.SubmitAsync($"/orders/{orderId}", $"/orders/{orderId}/{step}", fields ?? new Dictionary<string, string>(), followRedirects);

    public static Task<List<PurchaseOrder>> OrdersOfAsync(this ProcurementAppFactory app, Guid agencyId) =>
        app.WithDbAsync(db => db.PurchaseOrders.AsNoTracking().Include(order => order.Lines).Where(order => order.AgencyId == agencyId).OrderBy(order => order.Number).ToListAsync());

    public static Task<PurchaseOrder> OrderAsync(this ProcurementAppFactory app, Guid orderId) =>
        app.WithDbAsync(db => db.PurchaseOrders.AsNoTracking().Include(order => order.Lines).SingleAsync(order => order.Id == orderId));
}
