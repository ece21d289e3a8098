using System.Net;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Orders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Orders;

public sealed class OrderRulesTests(AppFixture fixture)
{
    [Fact]
    public async Task A_buyer_who_is_also_an_approver_cannot_approve_their_own_order_and_a_plain_buyer_may_not_approve_at_all()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var both = await app.SignedInAsync(world.BuyerApproverEmail);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        await both.AddToCartAsync(world.ExpensiveItem.Id, 6);
        await both.SubmitCartAsync();
        var order = Assert.Single(await app.OrdersOfAsync(world.Agency.Id));

        var own = await both.OrderStepAsync(order.Id, "approve");
        Assert.Contains("approved by someone other than the buyer", own.Text, StringComparison.Ordinal);
        var plainBuyer = await buyer.PostAsync($"/orders/{order.Id}/approve", (await buyer.GetAsync($"/orders/{order.Id}")).AntiforgeryToken(), new Dictionary<string, string>(), followRedirects: false);
        Assert.True(plainBuyer.Status == HttpStatusCode.Forbidden || plainBuyer.Location?.StartsWith("/account/access-denied", StringComparison.Ordinal) == true, $"{plainBuyer.Status} {plainBuyer.Location}");
        Assert.Equal(OrderStatus.AwaitingApproval, (await app.OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task A_supplier_cannot_see_or_change_another_suppliers_order()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        using var otherSupplier = await app.SignedInAsync(world.ExpensiveUserEmail);
        await buyer.AddToCartAsync(world.CheapItem.Id, 5);
        await buyer.SubmitCartAsync();
        var order = Assert.Single(await app.OrdersOfAsync(world.Agency.Id));
        var token = (await otherSupplier.GetAsync("/supplier/orders")).AntiforgeryToken();

        Assert.Equal(HttpStatusCode.NotFound, (await otherSupplier.GetAsync($"/orders/{order.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSupplier.PostAsync($"/orders/{order.Id}/accept", token, new Dictionary<string, string>())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSupplier.PostAsync($"/orders/{order.Id}/decline", token, new Dictionary<string, string> { ["Form.DeclineReason"] = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSupplier.GetAsync($"/orders/{order.Id}/invoice")).Status);
        Assert.DoesNotContain(order.Number, (await otherSupplier.GetAsync("/supplier/orders")).Text, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Placed, (await app.OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task Price_and_total_fields_slipped_into_the_forms_change_nothing()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        await buyer.SubmitAsync("/cart", "/cart/items", new Dictionary<string, string>
        {
            ["itemId"] = world.CheapItem.Id.ToString(), ["quantity"] = "5", ["price"] = "0.01", ["unitPrice"] = "0.01", ["UnitPrice.Amount"] = "0.01",
        });
        await buyer.SubmitCartAsync(new Dictionary<string, string> { ["Form.Total"] = "0.05", ["Form.UnitPrice"] = "0.01", ["total"] = "0.05" });

        var order = Assert.Single(await app.OrdersOfAsync(world.Agency.Id));
        Assert.Equal(21.00m, order.TotalAmount);
        Assert.Equal(4.20m, Assert.Single(order.Lines).UnitPrice);
    }

    [Fact]
    public async Task An_item_whose_framework_expired_after_it_went_into_the_cart_is_refused_at_submission_by_name()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        await buyer.AddToCartAsync(world.ExpensiveItem.Id, 6);
        await buyer.AddToCartAsync(world.CheapItem.Id, 5);
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE framework_agreements SET valid_from = {OrderWorld.Today.AddDays(-30)}, valid_to = {OrderWorld.Today.AddDays(-1)} WHERE id = {world.ExpensiveFramework.Id}"));

        var refused = await buyer.SubmitCartAsync();

        Assert.Equal("/cart/submit", refused.Path);
        Assert.Contains("Pallet truck can no longer be ordered by your agency", refused.Text, StringComparison.Ordinal);
        Assert.Empty(await app.OrdersOfAsync(world.Agency.Id));
        Assert.Equal(2, await app.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM cart_items WHERE buyer_id = {world.BuyerId}").SingleAsync()));
    }

    [Fact]
    public async Task Delivery_address_and_cost_centre_are_required_and_reported_beside_their_fields()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        await buyer.AddToCartAsync(world.CheapItem.Id, 5);

        var page = await buyer.SubmitAsync("/cart", "/cart/submit", new Dictionary<string, string> { ["Form.DeliveryAddress"] = "", ["Form.CostCentre"] = "" });

        Assert.Contains("href=\"#Form_DeliveryAddress\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_CostCentre\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Form_CostCentre-error", page.Html, StringComparison.Ordinal);
        Assert.Empty(await app.OrdersOfAsync(world.Agency.Id));
    }

    [Fact]
    public async Task Approve_and_cancel_at_the_same_moment_leave_exactly_one_winner()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        using var approver = await app.SignedInAsync(world.ApproverEmail);
        await buyer.AddToCartAsync(world.ExpensiveItem.Id, 6);
        await buyer.SubmitCartAsync();
        var order = Assert.Single(await app.OrdersOfAsync(world.Agency.Id));
        var buyerToken = (await buyer.GetAsync($"/orders/{order.Id}")).AntiforgeryToken();
        var approverToken = (await approver.GetAsync($"/orders/{order.Id}")).AntiforgeryToken();

        var results = await Task.WhenAll(
            approver.PostAsync($"/orders/{order.Id}/approve", approverToken, new Dictionary<string, string>(), followRedirects: false),
            buyer.PostAsync($"/orders/{order.Id}/cancel", buyerToken, new Dictionary<string, string> { ["Form.CancelReason"] = "Bought elsewhere." }, followRedirects: false));

        var after = await app.OrderAsync(order.Id);
        Assert.Contains(after.Status, new[] { OrderStatus.Placed, OrderStatus.Cancelled });
        Assert.Single(results, result => result.Status == HttpStatusCode.Found);
        var loser = Assert.Single(results, result => result.Status == HttpStatusCode.OK);
        Assert.True(
            loser.Text.Contains("changed by someone else meanwhile", StringComparison.Ordinal) || loser.Text.Contains("cannot be", StringComparison.Ordinal),
            "The request that lost says why it did nothing.");
        var events = await app.WithDbAsync(db => db.OrderEvents.CountAsync(e => e.OrderId == order.Id && (e.Kind == OrderEventKind.Approved || e.Kind == OrderEventKind.Cancelled)));
        Assert.Equal(1, events);
    }
}
