using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Orders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Orders;

public sealed class DemoOrderTests(AppFixture fixture)
{
    [Fact]
    public async Task The_demo_buyer_finds_NCC_orders_at_several_stages_and_the_approver_one_to_approve()
    {
        var app = fixture.App;
        using var buyer = await app.SignedInAsync("buyer@procurement.test");
        using var approver = await app.SignedInAsync("approver@procurement.test");

        var statuses = await app.WithDbAsync(db => db.PurchaseOrders.Where(o => db.Agencies.Any(a => a.Id == o.AgencyId && a.Identifier == "NCC")).Select(o => o.Status).Distinct().ToListAsync());
        Assert.Superset(new HashSet<OrderStatus> { OrderStatus.Placed, OrderStatus.AwaitingApproval, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Closed, OrderStatus.Rejected, OrderStatus.Cancelled }, statuses.ToHashSet());

        var list = await buyer.GetAsync("/orders");
        Assert.Contains("Awaiting approval", list.Text, StringComparison.Ordinal);
        Assert.Contains("Closed", list.Text, StringComparison.Ordinal);
        Assert.Contains("Awaiting approval", (await approver.GetAsync("/approvals")).Text, StringComparison.Ordinal);
        var dashboard = await buyer.GetAsync("/orders/dashboard");
        Assert.Contains("Spend per month, GBP", dashboard.Text, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"bar-chart\"", dashboard.Html, StringComparison.Ordinal);
    }
}
