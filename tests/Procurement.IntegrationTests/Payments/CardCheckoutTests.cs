using System.Net;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Orders;
using Procurement.IntegrationTests.Orders;
using Procurement.Testing;
using Procurement.Testing.Payments;

namespace Procurement.IntegrationTests.Payments;

/// <summary>
/// Paying orders by card on the real app, whose Stripe.net talks HTTP to the fake Stripe: the buyer is sent to Stripe's
/// page, and the payment is recorded from the signed webhook, the buyer's return or the reconciliation job.
/// </summary>
public sealed class CardCheckoutTests(StripeApp stripe, AppFixture fixture) : IClassFixture<StripeApp>
{
    [Fact]
    public async Task An_approved_order_is_paid_on_stripe_placed_by_the_webhook_fulfilled_and_closed()
    {
        var app = stripe.App;
        var world = await OrderWorld.CreateAsync(app);
        using var buyer = await app.SignedInAsync(world.BuyerEmail);
        using var approver = await app.SignedInAsync(world.ApproverEmail);
        using var supplier = await app.SignedInAsync(world.ExpensiveUserEmail);
        var order = await buyer.OrderOneAsync(app, world.Agency.Id, world.ExpensiveItem.Id, 6);
        Assert.Equal((OrderStatus.AwaitingApproval, PaymentMethod.Card), (order.Status, order.PaymentMethod));
        await approver.OrderStepAsync(order.Id, "approve");
        Assert.Contains("Pay by card", (await buyer.GetAsync($"/orders/{order.Id}")).Text, StringComparison.Ordinal);

        var toStripe = await buyer.OrderStepAsync(order.Id, "checkout", followRedirects: false);

        var session = (await app.OrderAsync(order.Id)).CheckoutReference!;
        Assert.Equal(HttpStatusCode.SeeOther, toStripe.Status);
        Assert.Equal($"/pay/{session}", toStripe.Location);
        Assert.Equal("600000", stripe.Stripe.Requests.Single(r => r.Form.GetValueOrDefault("client_reference_id") == order.Id.ToString("D")).Form["line_items[0][price_data][unit_amount]"]);
        Assert.Contains("card payment was started", (await buyer.GetAsync($"/orders/{order.Id}")).Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await stripe.DeliverAsync(FakeStripeEvents.Event("checkout.session.completed", stripe.Stripe.Pay(session)))).StatusCode);
        Assert.Equal((OrderStatus.Placed, PaymentState.Paid), ((await app.OrderAsync(order.Id)).Status, (await app.OrderAsync(order.Id)).PaymentState));

        await supplier.OrderStepAsync(order.Id, "accept");
        await supplier.OrderStepAsync(order.Id, "ship");
        var line = Assert.Single(order.Lines).Number;
        await buyer.OrderStepAsync(order.Id, "confirm-delivery", new Dictionary<string, string> { [$"Form.Received[{line}]"] = "6" });

        Assert.Equal((OrderStatus.Closed, PaymentState.Paid), ((await app.OrderAsync(order.Id)).Status, (await app.OrderAsync(order.Id)).PaymentState));
        var actions = await app.WithDbAsync(db => db.AuditLog.Where(entry => entry.Subject == $"order:{order.Id:D}").OrderBy(entry => entry.Sequence).Select(entry => entry.Action).ToListAsync());
        Assert.Equal(
            ["order.submitted", "order.approved", "order.checkout_started", "order.paid", "order.accepted", "order.shipped", "order.delivery_confirmed", "order.closed"],
            actions);
    }

    [Fact]
    public async Task Returning_from_stripe_records_the_payment_at_once_and_the_later_webhook_changes_nothing()
    {
        var orderId = await stripe.CardOrderAsync();
        var session = stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId));
        using var buyer = await stripe.SignedInAsync(StripeApp.Buyer);

        var back = await buyer.GetAsync($"/orders/{orderId}/checkout/return");

        Assert.Equal($"/orders/{orderId}", back.Path);
        Assert.Contains("the card payment is received", back.Text, StringComparison.Ordinal);
        Assert.Equal((OrderStatus.Placed, PaymentState.Paid), ((await stripe.OrderAsync(orderId)).Status, (await stripe.OrderAsync(orderId)).PaymentState));
        Assert.Equal(HttpStatusCode.OK, (await stripe.DeliverAsync(FakeStripeEvents.Event("checkout.session.completed", session))).StatusCode);
        Assert.Single(await stripe.EventsAsync(orderId), kind => kind == OrderEventKind.Paid);
    }

    [Fact]
    public async Task The_reconciliation_job_records_a_payment_whose_webhook_never_came()
    {
        var orderId = await stripe.CardOrderAsync();
        var session = stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId));

        await stripe.ReconcileUntilAsync(async () => (await stripe.OrderAsync(orderId)).PaymentState == PaymentState.Paid);

        var order = await stripe.OrderAsync(orderId);
        Assert.Equal((OrderStatus.Placed, (string?)session["payment_intent"]), (order.Status, order.PaymentReference));
        Assert.Single(await stripe.EventsAsync(orderId), kind => kind == OrderEventKind.Paid);
    }

    [Fact]
    public async Task Cancelling_a_paid_order_refunds_it_at_stripe_once_with_the_orders_idempotency_key()
    {
        var orderId = await stripe.CardOrderAsync(unitPrice: 10.10m, quantity: 3m);
        var session = stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId));
        Assert.Equal(HttpStatusCode.OK, (await stripe.DeliverAsync(FakeStripeEvents.Event("checkout.session.completed", session))).StatusCode);
        using var buyer = await stripe.SignedInAsync(StripeApp.Buyer);

        await buyer.OrderStepAsync(orderId, "cancel", new Dictionary<string, string> { ["Form.CancelReason"] = "Ordered twice by mistake." });
        Assert.Equal((OrderStatus.Cancelled, PaymentState.RefundPending), ((await stripe.OrderAsync(orderId)).Status, (await stripe.OrderAsync(orderId)).PaymentState));
        await stripe.ReconcileUntilAsync(async () => (await stripe.OrderAsync(orderId)).PaymentState == PaymentState.Refunded);

        var refund = Assert.Single(stripe.Stripe.Refunds, r => (string?)r["payment_intent"] == (string?)session["payment_intent"]);
        Assert.Equal($"order-{orderId:N}-refund", (string?)refund["idempotency_key"]);
        Assert.Equal(3030L, (long?)refund["amount"]);
        var order = await stripe.OrderAsync(orderId);
        Assert.Equal((string?)refund["id"], order.RefundReference);
        Assert.Contains("card payment refunded", (await buyer.GetAsync("/notifications")).Text, StringComparison.Ordinal);

        // Stripe's own notice of the same refund finds it recorded.
        Assert.Equal(HttpStatusCode.OK, (await stripe.DeliverAsync(FakeStripeEvents.Event("refund.updated", refund))).StatusCode);
        Assert.Single(await stripe.EventsAsync(orderId), kind => kind == OrderEventKind.Refunded);
        Assert.Equal(1, await stripe.AuditEntriesAsync(orderId, "order.refunded"));
    }

    [Fact]
    public async Task A_buyer_of_another_agency_can_neither_pay_nor_confirm_the_order()
    {
        var orderId = await stripe.CardOrderAsync();
        var stranger = await OrderWorld.CreateAsync(stripe.App);
        using var otherBuyer = await stripe.App.SignedInAsync(stranger.BuyerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await StripeApp.PayByCardAsync(otherBuyer, orderId)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBuyer.GetAsync($"/orders/{orderId}/checkout/return")).Status);
        var order = await stripe.OrderAsync(orderId);
        Assert.Equal((0, PaymentState.NotDue), (order.CheckoutAttempts, order.PaymentState));
        Assert.DoesNotContain(stripe.Stripe.Requests, r => r.Form.GetValueOrDefault("client_reference_id") == orderId.ToString("D"));
    }

    [Fact]
    public async Task Without_stripe_keys_there_is_no_card_checkout_and_no_webhook_is_believed()
    {
        var orderId = await StripeApp.RaiseAsync(PaymentMethod.Invoice, 50m, 1m, fixture.App);
        using var buyer = await fixture.App.SignedInAsync(StripeApp.Buyer);

        Assert.DoesNotContain("Pay by card", (await buyer.GetAsync($"/orders/{orderId}")).Text, StringComparison.Ordinal);
        var refused = await StripeApp.PayByCardAsync(buyer, orderId);
        Assert.Equal($"/orders/{orderId}", refused.Location);
        Assert.Contains("Card payments are not enabled", (await buyer.GetAsync(refused.Location!)).Text, StringComparison.Ordinal);
        var order = await fixture.App.OrderAsync(orderId);
        Assert.Equal((0, PaymentState.NotDue, null), (order.CheckoutAttempts, order.PaymentState, order.CheckoutReference));

        var body = FakeStripeEvents.Event("checkout.session.completed", new() { ["id"] = "cs_test_x", ["object"] = "checkout.session" });
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/payments/stripe/webhook") { Content = new StringContent(body) };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", FakeStripeEvents.Sign(body));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }
}
