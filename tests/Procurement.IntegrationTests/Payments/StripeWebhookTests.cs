using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Orders;
using Procurement.Testing.Payments;

namespace Procurement.IntegrationTests.Payments;

/// <summary>
/// Stripe's webhook over HTTP: only events signed with the endpoint's secret and recent are believed, and each event
/// is acted on once, however often and however concurrently Stripe delivers it.
/// </summary>
public sealed class StripeWebhookTests(StripeApp stripe) : IClassFixture<StripeApp>
{
    [Fact]
    public async Task A_paid_checkout_event_places_and_pays_the_order_and_tells_the_supplier()
    {
        var orderId = await stripe.CardOrderAsync(unitPrice: 123.45m, quantity: 2m);
        var supplierUsers = await stripe.App.WithDbAsync(db => db.Users.Where(u => u.Email == StripeApp.Supplier).Select(u => u.Id).ToListAsync());
        var number = (await stripe.OrderAsync(orderId)).Number;
        Assert.False(
            await stripe.App.WithDbAsync(db => db.Notifications.AnyAsync(n => supplierUsers.Contains(n.UserId) && n.Title.Contains(number))),
            "The supplier is told of a card order only once it is paid.");
        var session = stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId));

        var response = await stripe.DeliverAsync(FakeStripeEvents.Event("checkout.session.completed", session));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Processed", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString());
        var order = await stripe.OrderAsync(orderId);
        Assert.Equal((OrderStatus.Placed, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.Equal((string?)session["payment_intent"], order.PaymentReference);
        Assert.Equal(1, await stripe.AuditEntriesAsync(orderId, "order.paid"));
        Assert.True(await stripe.App.WithDbAsync(db => db.Notifications.AnyAsync(n => supplierUsers.Contains(n.UserId) && n.Title.Contains(order.Number) && n.Title.Contains("paid by card"))));
    }

    [Fact]
    public async Task A_wrong_signature_is_refused_with_problem_details_and_changes_nothing()
    {
        var orderId = await stripe.CardOrderAsync();
        var body = FakeStripeEvents.Event("checkout.session.completed", stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId)));

        var forged = await stripe.DeliverAsync(body, FakeStripeEvents.Sign(body, secret: "whsec_someone_else"));
        var tampered = await stripe.DeliverAsync(body.Replace("\"paid\"", "\"paid\" ", StringComparison.Ordinal), FakeStripeEvents.Sign(body));
        var unsigned = await stripe.DeliverAsync(body, string.Empty);

        foreach (var response in new[] { forged, tampered, unsigned })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var order = await stripe.OrderAsync(orderId);
        Assert.Equal((OrderStatus.AwaitingPayment, PaymentState.Pending), (order.Status, order.PaymentState));
        Assert.DoesNotContain(OrderEventKind.Paid, await stripe.EventsAsync(orderId));
    }

    [Fact]
    public async Task A_signature_older_than_the_tolerance_is_refused_as_a_possible_replay()
    {
        var orderId = await stripe.CardOrderAsync();
        var body = FakeStripeEvents.Event("checkout.session.completed", stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId)));

        var stale = await stripe.DeliverAsync(body, FakeStripeEvents.Sign(body, at: DateTimeOffset.UtcNow.AddMinutes(-6)));

        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("tolerance", await stale.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(PaymentState.Pending, (await stripe.OrderAsync(orderId)).PaymentState);
    }

    [Fact]
    public async Task A_replayed_event_is_acknowledged_and_has_no_second_effect()
    {
        var orderId = await stripe.CardOrderAsync();
        var body = FakeStripeEvents.Event("checkout.session.completed", stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId)));
        Assert.Equal(HttpStatusCode.OK, (await stripe.DeliverAsync(body)).StatusCode);

        var replayed = await stripe.DeliverAsync(body);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("AlreadyProcessed", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await stripe.EventsAsync(orderId), kind => kind == OrderEventKind.Paid);
        Assert.Equal(1, await stripe.AuditEntriesAsync(orderId, "order.paid"));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_event_pay_the_order_exactly_once()
    {
        var orderId = await stripe.CardOrderAsync();
        var body = FakeStripeEvents.Event("checkout.session.completed", stripe.Stripe.Pay(await stripe.CheckoutAsync(orderId)));
        var signature = FakeStripeEvents.Sign(body);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => stripe.DeliverAsync(body, signature)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var outcomes = await Task.WhenAll(responses.Select(async r => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString()));
        Assert.Single(outcomes, outcome => outcome == "Processed");
        Assert.Single(await stripe.EventsAsync(orderId), kind => kind == OrderEventKind.Paid);
        Assert.Equal(1, await stripe.AuditEntriesAsync(orderId, "order.paid"));
        Assert.Equal(PaymentState.Paid, (await stripe.OrderAsync(orderId)).PaymentState);
    }

    [Fact]
    public async Task An_expired_checkout_lets_the_buyer_pay_again_with_a_new_session()
    {
        var orderId = await stripe.CardOrderAsync();
        var first = await stripe.CheckoutAsync(orderId);

        Assert.Equal(HttpStatusCode.OK, (await stripe.DeliverAsync(FakeStripeEvents.Event("checkout.session.expired", stripe.Stripe.Expire(first)))).StatusCode);
        var expired = await stripe.OrderAsync(orderId);
        Assert.Equal((OrderStatus.AwaitingPayment, PaymentState.NotDue), (expired.Status, expired.PaymentState));
        Assert.Contains(OrderEventKind.CheckoutExpired, await stripe.EventsAsync(orderId));

        var second = await stripe.CheckoutAsync(orderId);
        Assert.NotEqual(first, second);
        var keys = stripe.Stripe.Requests.Where(r => r.Path == "/v1/checkout/sessions" && r.Form["client_reference_id"] == orderId.ToString("D")).Select(r => r.IdempotencyKey).ToList();
        Assert.Equal([$"order-{orderId:N}-checkout-1", $"order-{orderId:N}-checkout-2"], keys);
    }

    [Fact]
    public async Task An_event_the_platform_does_not_use_is_acknowledged_and_ignored()
    {
        var response = await stripe.DeliverAsync(FakeStripeEvents.Event("customer.created", new() { ["id"] = "cus_test_1", ["object"] = "customer" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ignored", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
