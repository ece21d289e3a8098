using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Domain.Tests.Orders;

public sealed class CardCheckoutExpiryTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_expired_pending_checkout_leaves_the_order_awaiting_payment_for_a_new_attempt()
    {
        var order = CardOrderWithCheckout("cs_1");

        Assert.True(order.ExpireCheckout("cs_1", _now));

        Assert.Equal((OrderStatus.AwaitingPayment, PaymentState.NotDue), (order.Status, order.PaymentState));
        Assert.Contains(order.TakeEvents(), e => e.Kind == OrderEventKind.CheckoutExpired && e.Detail == "cs_1");
        order.BeginCheckout();
        Assert.EndsWith("-checkout-2", order.CheckoutIdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public void The_expiry_of_an_older_attempt_or_of_a_paid_checkout_changes_nothing()
    {
        var order = CardOrderWithCheckout("cs_1");
        order.BeginCheckout();
        order.CheckoutOpened("cs_2", Guid.NewGuid(), _now);

        Assert.False(order.ExpireCheckout("cs_1", _now));
        Assert.Equal(PaymentState.Pending, order.PaymentState);

        Assert.True(order.RecordCardPayment("pi_1", order.Total, _now));
        Assert.False(order.ExpireCheckout("cs_2", _now));
        Assert.Equal((OrderStatus.Placed, PaymentState.Paid), (order.Status, order.PaymentState));
    }

    private static PurchaseOrder CardOrderWithCheckout(string checkout)
    {
        var supplierId = Guid.NewGuid();
        var line = new CartLine(Guid.NewGuid(), supplierId, "Northwind", "SKU-1", "Gloves", "33141420", "BX", new Money(12.5m, "GBP"), 4, 1, 3);
        var order = PurchaseOrder.Raise(
            "PO-2026-000001", Guid.NewGuid(), Guid.NewGuid(), new SupplierBasket(supplierId, "Northwind", "GBP", [line]),
            new DeliveryDetails("County Hall", "CC-1"), PaymentMethod.Card, new ApprovalThreshold(new Money(1_000m, "GBP")), _now);
        order.BeginCheckout();
        order.CheckoutOpened(checkout, order.BuyerId, _now);
        order.TakeEvents();
        return order;
    }
}
