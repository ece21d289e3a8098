using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Orders;
using Procurement.Application.Orders.Ports;
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
        var order = await both.OrderOneAsync(app, world.Agency.Id, world.ExpensiveItem.Id, 6);

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
        var order = await buyer.OrderOneAsync(app, world.Agency.Id, world.CheapItem.Id, 5);
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
    public async Task Approve_and_cancel_at_the_same_moment_leave_exactly_one_winner_and_the_loser_is_told_the_order_changed()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        var order = await buyer.OrderOneAsync(app, world.Agency.Id, world.ExpensiveItem.Id, 6);
        var approverId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == world.ApproverEmail).Select(u => u.Id).SingleAsync());

        // The buyer's request reads the order awaiting approval; the approver's approval commits before it saves.
        await using var buyerRequest = app.Services.CreateAsyncScope();
        Assert.Equal(OrderStatus.AwaitingApproval, (await buyerRequest.ServiceProvider.GetRequiredService<IPurchaseOrders>().FindAsync(order.Id, CancellationToken.None))!.Status);
        await using (var approverRequest = app.Services.CreateAsyncScope())
        {
            var approved = await approverRequest.ServiceProvider.GetRequiredService<ApproveOrderHandler>()
                .HandleAsync(new ApproveOrder(new OrderActor(approverId, world.Agency.Id, null, false, true), order.Id), CancellationToken.None);
            Assert.True(approved.Succeeded);
        }

        var cancelled = await buyerRequest.ServiceProvider.GetRequiredService<CancelOrderHandler>()
            .HandleAsync(new CancelOrder(new OrderActor(world.BuyerId, world.Agency.Id, null, true, false), order.Id, "Bought elsewhere."), CancellationToken.None);

        Assert.Equal(OrderChange.ChangedMeanwhile, Assert.Single(cancelled.Errors).Message);
        Assert.Equal(OrderStatus.Placed, (await app.OrderAsync(order.Id)).Status);
        var kinds = await app.WithDbAsync(db => db.OrderEvents.Where(e => e.OrderId == order.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([OrderEventKind.Submitted, OrderEventKind.Approved], kinds.Order());
    }

    [Fact]
    public async Task Approve_and_cancel_sent_together_over_http_end_in_a_state_the_history_explains()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        using var approver = await app.SignedInAsync(world.ApproverEmail);
        var order = await buyer.OrderOneAsync(app, world.Agency.Id, world.ExpensiveItem.Id, 6);
        var buyerToken = (await buyer.GetAsync($"/orders/{order.Id}")).AntiforgeryToken();
        var approverToken = (await approver.GetAsync($"/orders/{order.Id}")).AntiforgeryToken();

        var results = await Task.WhenAll(
            approver.PostAsync($"/orders/{order.Id}/approve", approverToken, new Dictionary<string, string>(), followRedirects: false),
            buyer.PostAsync($"/orders/{order.Id}/cancel", buyerToken, new Dictionary<string, string> { ["Form.CancelReason"] = "Bought elsewhere." }, followRedirects: false));

        // Approve then cancel is a legal sequence (an approved order can still be cancelled); cancel then approve is not.
        var after = await app.OrderAsync(order.Id);
        var kinds = await app.WithDbAsync(db => db.OrderEvents.Where(e => e.OrderId == order.Id).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());
        var succeeded = results.Count(result => result.Status == HttpStatusCode.Found);
        Assert.Equal(kinds.Count - 1, succeeded);
        Assert.Equal(after.Status == OrderStatus.Cancelled ? OrderEventKind.Cancelled : OrderEventKind.Approved, kinds[^1]);
        foreach (var loser in results.Where(result => result.Status != HttpStatusCode.Found))
        {
            Assert.True(
                loser.Text.Contains("changed by someone else meanwhile", StringComparison.Ordinal) || loser.Text.Contains("cannot be approved", StringComparison.Ordinal),
                "The request that lost says why it did nothing.");
        }
    }

    [Fact]
    public async Task The_supplier_declines_with_a_reason_and_an_invoice_that_is_not_a_PDF_is_refused_beside_its_field()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        using var supplier = await app.SignedInAsync(world.CheapUserEmail);
        await buyer.AddToCartAsync(world.CheapItem.Id, 5);
        await buyer.SubmitCartAsync();
        await buyer.AddToCartAsync(world.CheapItem.Id, 10);
        await buyer.SubmitCartAsync();
        var orders = await app.OrdersOfAsync(world.Agency.Id);
        var (first, second) = (orders[0], orders[1]);

        await supplier.OrderStepAsync(first.Id, "decline", new Dictionary<string, string> { ["Form.DeclineReason"] = "Out of stock until March." });
        Assert.Equal((OrderStatus.Declined, "Out of stock until March."), ((await app.OrderAsync(first.Id)).Status, (await app.OrderAsync(first.Id)).Reason));

        await supplier.OrderStepAsync(second.Id, "accept");
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        var refused = await supplier.UploadAsync(
            $"/orders/{second.Id}", $"/orders/{second.Id}/invoice", new Dictionary<string, string> { ["Form.InvoiceNumber"] = "INV-9" },
            "Form.Document", "invoice.pdf", "application/pdf", png);
        Assert.Contains("Form_Document-error", refused.Html, StringComparison.Ordinal);
        Assert.Contains("The invoice must be a PDF file", refused.Text, StringComparison.Ordinal);
        Assert.Equal(PaymentState.NotDue, (await app.OrderAsync(second.Id)).PaymentState);
    }
}
