using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Payments.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;
using Procurement.Payments.Stripe;
using Procurement.Testing.Payments;

namespace Procurement.IntegrationTests.Payments;

/// <summary>The Stripe gateway's requests and readings, over HTTP against the in-process fake Stripe (no database).</summary>
public sealed class StripePaymentGatewayTests : IAsyncLifetime
{
    private FakeStripe _stripe = null!;
    private ServiceProvider _services = null!;

    private IPaymentGateway Gateway => _services.GetRequiredService<IPaymentGateway>();

    public async ValueTask InitializeAsync()
    {
        _stripe = await FakeStripe.StartAsync();
        _services = Services(_stripe.Settings);
    }

    [Fact]
    public async Task A_checkout_session_is_for_the_total_in_minor_units_in_lower_case_currency_with_the_orders_idempotency_key()
    {
        var orderId = Guid.NewGuid();
        var started = await Gateway.StartCheckoutAsync(Request(orderId, new Money(1234.05m, "GBP"), "order-key-1"), CancellationToken.None);

        var request = Assert.Single(_stripe.Requests);
        Assert.Equal(("POST", "/v1/checkout/sessions", "order-key-1"), (request.Method, request.Path, request.IdempotencyKey));
        Assert.Equal("payment", request.Form["mode"]);
        Assert.Equal("123405", request.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("gbp", request.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("1", request.Form["line_items[0][quantity]"]);
        Assert.Equal("Purchase order PO-2026-000001", request.Form["line_items[0][price_data][product_data][name]"]);
        Assert.Equal(orderId.ToString("D"), request.Form["client_reference_id"]);
        Assert.Equal(orderId.ToString("D"), request.Form["metadata[order_id]"]);
        Assert.Equal("PO-2026-000001", request.Form["metadata[order_number]"]);
        Assert.Equal(orderId.ToString("D"), request.Form["payment_intent_data[metadata][order_id]"]);
        Assert.Equal($"https://buy.test/orders/{orderId}/checkout/return", request.Form["success_url"]);
        Assert.Equal($"https://buy.test/orders/{orderId}", request.Form["cancel_url"]);
        Assert.Equal("buyer@agency.test", request.Form["customer_email"]);
        Assert.StartsWith("cs_test_", started.CheckoutReference, StringComparison.Ordinal);
        Assert.Equal(new Uri(_stripe.BaseUrl, $"pay/{started.CheckoutReference}"), started.RedirectUrl);
    }

    [Fact]
    public async Task Retrying_with_the_same_idempotency_key_gets_the_same_session_and_a_new_key_a_new_one()
    {
        var orderId = Guid.NewGuid();
        var first = await Gateway.StartCheckoutAsync(Request(orderId, new Money(10m, "EUR"), "order-key-2"), CancellationToken.None);
        var retried = await Gateway.StartCheckoutAsync(Request(orderId, new Money(10m, "EUR"), "order-key-2"), CancellationToken.None);
        var another = await Gateway.StartCheckoutAsync(Request(orderId, new Money(10m, "EUR"), "order-key-3"), CancellationToken.None);

        Assert.Equal(first.CheckoutReference, retried.CheckoutReference);
        Assert.NotEqual(first.CheckoutReference, another.CheckoutReference);
    }

    [Fact]
    public async Task A_session_reads_open_then_paid_with_its_payment_intent_and_amount_or_expired()
    {
        var paid = await Gateway.StartCheckoutAsync(Request(Guid.NewGuid(), new Money(99.99m, "GBP"), "order-key-4"), CancellationToken.None);
        var lapsed = await Gateway.StartCheckoutAsync(Request(Guid.NewGuid(), new Money(5m, "GBP"), "order-key-5"), CancellationToken.None);
        Assert.Equal(new CheckoutOutcome(CheckoutState.Open, null, null), await Gateway.GetCheckoutAsync(paid.CheckoutReference, CancellationToken.None));

        var session = _stripe.Pay(paid.CheckoutReference);
        _stripe.Expire(lapsed.CheckoutReference);

        Assert.Equal(
            new CheckoutOutcome(CheckoutState.Paid, (string?)session["payment_intent"], new Money(99.99m, "GBP")),
            await Gateway.GetCheckoutAsync(paid.CheckoutReference, CancellationToken.None));
        Assert.Equal(CheckoutState.Expired, (await Gateway.GetCheckoutAsync(lapsed.CheckoutReference, CancellationToken.None)).State);
    }

    [Fact]
    public async Task A_refund_is_for_the_payment_intent_in_minor_units_with_the_order_in_its_metadata_and_created_once_per_key()
    {
        var orderId = Guid.NewGuid();
        var started = await Gateway.StartCheckoutAsync(Request(orderId, new Money(250m, "GBP"), "order-key-6"), CancellationToken.None);
        var paymentIntent = (string)_stripe.Pay(started.CheckoutReference)["payment_intent"]!;

        var refund = await Gateway.RefundAsync(new RefundRequest(orderId, paymentIntent, new Money(250m, "GBP"), "order-refund-key"), CancellationToken.None);
        var again = await Gateway.RefundAsync(new RefundRequest(orderId, paymentIntent, new Money(250m, "GBP"), "order-refund-key"), CancellationToken.None);

        Assert.Equal(refund, again);
        var stored = Assert.Single(_stripe.Refunds);
        Assert.Equal(refund, (string?)stored["id"]);
        var request = _stripe.Requests.First(r => r.Path == "/v1/refunds");
        Assert.Equal("order-refund-key", request.IdempotencyKey);
        Assert.Equal(paymentIntent, request.Form["payment_intent"]);
        Assert.Equal("25000", request.Form["amount"]);
        Assert.Equal(orderId.ToString("D"), request.Form["metadata[order_id]"]);
    }

    [Fact]
    public async Task Stripe_refusing_a_request_is_a_payment_gateway_exception()
    {
        await Assert.ThrowsAsync<PaymentGatewayException>(() => Gateway.GetCheckoutAsync("cs_test_unknown", CancellationToken.None));

        await using var wrongKey = Services(new Dictionary<string, string>(_stripe.Settings) { ["Stripe:SecretKey"] = "sk_test_wrong" });
        await Assert.ThrowsAsync<PaymentGatewayException>(() =>
            wrongKey.GetRequiredService<IPaymentGateway>().StartCheckoutAsync(Request(Guid.NewGuid(), new Money(1m, "GBP"), "order-key-7"), CancellationToken.None));
    }

    [Fact]
    public void Without_both_keys_stripe_is_not_registered()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Stripe:SecretKey"] = FakeStripe.SecretKey }).Build();

        Assert.False(services.AddStripePayments(configuration));
        Assert.DoesNotContain(services, service => service.ServiceType == typeof(IPaymentGateway));
    }

    private static CheckoutRequest Request(Guid orderId, Money amount, string idempotencyKey) => new(
        orderId, "PO-2026-000001", amount, "Northwind: 2 line(s)", idempotencyKey,
        new Uri($"https://buy.test/orders/{orderId}/checkout/return"), new Uri($"https://buy.test/orders/{orderId}"), "buyer@agency.test");

    private static ServiceProvider Services(IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value))).Build();
        var services = new ServiceCollection().AddLogging();
        Assert.True(services.AddStripePayments(configuration));
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _stripe.DisposeAsync();
    }
}
