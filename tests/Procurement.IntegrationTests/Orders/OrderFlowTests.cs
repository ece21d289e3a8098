using System.Net;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Orders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Orders;

public sealed class OrderFlowTests(AppFixture fixture)
{
    private static readonly byte[] _invoicePdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_cart_from_two_suppliers_becomes_two_invoice_orders_that_are_approved_fulfilled_in_two_deliveries_invoiced_paid_and_closed()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        using var approver = await app.SignedInAsync(world.ApproverEmail);
        using var supplier = await app.SignedInAsync(world.ExpensiveUserEmail);

        await buyer.AddToCartAsync(world.ExpensiveItem.Id, 4);
        await buyer.AddToCartAsync(world.ExpensiveItem.Id, 2);
        var cart = await buyer.AddToCartAsync(world.CheapItem.Id, 5);
        Assert.Contains("Cart (2 items)", cart.Text, StringComparison.Ordinal);
        Assert.Contains("GBP 6,000.00", cart.Text, StringComparison.Ordinal);
        Assert.Contains("GBP 21.00", cart.Text, StringComparison.Ordinal);
        Assert.Contains("2 orders", cart.Text, StringComparison.Ordinal);

        var submitted = await buyer.SubmitCartAsync();
        Assert.Equal("/orders", submitted.Path);
        Assert.Contains("submitted as 2 orders", submitted.Text, StringComparison.Ordinal);
        Assert.Contains("Cart (0 items)", submitted.Text, StringComparison.Ordinal);

        var orders = await app.OrdersOfAsync(world.Agency.Id);
        Assert.Equal(2, orders.Count);
        var big = orders.Single(order => order.SupplierId == world.Expensive.Id);
        var small = orders.Single(order => order.SupplierId == world.Cheap.Id);
        Assert.Matches(@"^PO-\d{4}-\d{6}$", big.Number);
        Assert.Equal((OrderStatus.AwaitingApproval, PaymentMethod.Invoice, 6_000m), (big.Status, big.PaymentMethod, big.TotalAmount));
        Assert.Equal((OrderStatus.Placed, 21m), (small.Status, small.TotalAmount));
        Assert.Equal(6m, Assert.Single(big.Lines).Quantity);

        Assert.Contains(big.Number, (await approver.GetAsync("/approvals")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"/orders/{small.Id}")).Status);

        await approver.OrderStepAsync(big.Id, "approve");
        Assert.Equal(OrderStatus.Placed, (await app.OrderAsync(big.Id)).Status);
        await supplier.OrderStepAsync(big.Id, "accept");
        await supplier.OrderStepAsync(big.Id, "ship", new Dictionary<string, string> { ["Form.ShipNote"] = "Carrier DPD 123" });

        var lineNumber = Assert.Single(big.Lines).Number;
        var partly = await buyer.OrderStepAsync(big.Id, "confirm-delivery", new Dictionary<string, string> { [$"Form.Received[{lineNumber}]"] = "2" });
        Assert.Contains("Partly delivered", partly.Text, StringComparison.Ordinal);
        Assert.Equal(2m, Assert.Single((await app.OrderAsync(big.Id)).Lines).DeliveredQuantity);

        await supplier.OrderStepAsync(big.Id, "ship");
        await buyer.OrderStepAsync(big.Id, "confirm-delivery", new Dictionary<string, string> { [$"Form.Received[{lineNumber}]"] = "4" });
        Assert.Equal(OrderStatus.Delivered, (await app.OrderAsync(big.Id)).Status);

        var invoiced = await supplier.UploadAsync(
            $"/orders/{big.Id}", $"/orders/{big.Id}/invoice", new Dictionary<string, string> { ["Form.InvoiceNumber"] = "INV-77" },
            "Form.Document", "inv-77.pdf", "application/pdf", _invoicePdf);
        Assert.Equal($"/orders/{big.Id}", invoiced.Path);
        Assert.Equal(PaymentState.Invoiced, (await app.OrderAsync(big.Id)).PaymentState);
        using (var download = await buyer.GetRawAsync($"/orders/{big.Id}/invoice"))
        {
            Assert.Equal(_invoicePdf, await download.Content.ReadAsByteArrayAsync());
        }

        await approver.OrderStepAsync(big.Id, "invoice-paid", new Dictionary<string, string> { ["Form.PaymentReference"] = "BACS-2026-991" });
        var closed = await app.OrderAsync(big.Id);
        Assert.Equal((OrderStatus.Closed, PaymentState.Paid, "BACS-2026-991"), (closed.Status, closed.PaymentState, closed.PaymentReference));

        var actions = await app.WithDbAsync(db => db.AuditLog.Where(entry => entry.Subject == $"order:{big.Id:D}").OrderBy(entry => entry.Sequence).Select(entry => entry.Action).ToListAsync());
        Assert.Equal(
            ["order.submitted", "order.approved", "order.accepted", "order.shipped", "order.delivery_confirmed", "order.shipped", "order.delivery_confirmed", "order.invoiced", "order.paid", "order.closed"],
            actions);
        var page = await buyer.GetAsync($"/orders/{big.Id}");
        Assert.Contains("Invoice INV-77", page.Text, StringComparison.Ordinal);
        Assert.Contains("Carrier DPD 123", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approver_rejects_with_a_reason_the_buyer_reads_and_a_reason_is_required()
    {
        var app = fixture.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        using var approver = await app.SignedInAsync(world.ApproverEmail);
        var order = await buyer.OrderOneAsync(app, world.Agency.Id, world.ExpensiveItem.Id, 6);

        var noReason = await approver.OrderStepAsync(order.Id, "reject", new Dictionary<string, string> { ["Form.RejectReason"] = " " });
        Assert.Contains("Give a reason for rejecting the order", noReason.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"error-summary\"", noReason.Html, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.AwaitingApproval, (await app.OrderAsync(order.Id)).Status);

        await approver.OrderStepAsync(order.Id, "reject", new Dictionary<string, string> { ["Form.RejectReason"] = "Use the existing stock in the depot." });
        var rejected = await app.OrderAsync(order.Id);
        Assert.Equal((OrderStatus.Rejected, "Use the existing stock in the depot."), (rejected.Status, rejected.Reason));
        Assert.Contains("Use the existing stock in the depot.", (await buyer.GetAsync($"/orders/{order.Id}")).Text, StringComparison.Ordinal);
        Assert.Contains("Use the existing stock in the depot.", (await buyer.GetAsync("/notifications")).Text, StringComparison.Ordinal);
    }
}
