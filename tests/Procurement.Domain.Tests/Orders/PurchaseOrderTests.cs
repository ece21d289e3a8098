using Procurement.Domain.Orders;
using static Procurement.Domain.Tests.Orders.OrderBuilder;

namespace Procurement.Domain.Tests.Orders;

public sealed class PurchaseOrderTests
{
    private static readonly Dictionary<int, decimal> OneBox = new() { [1] = 1m };

    [Fact]
    public void Raising_an_order_copies_the_catalog_prices_and_records_the_submission()
    {
        var order = Raise(lines: [Line(12.50m, 4m), Line(3.99m, 10m, name: "Toner")]);

        Assert.Equal(new Money(89.90m, "GBP"), order.Total);
        Assert.Equal([1, 2], order.Lines.Select(line => line.Number));
        Assert.Equal(OrderStatus.Placed, order.Status);
        var submitted = Assert.Single(order.TakeEvents());
        Assert.Equal(OrderEventKind.Submitted, submitted.Kind);
        Assert.Empty(order.TakeEvents());
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-1", "0")]
    [InlineData("1.0005", "0")]
    [InlineData("4", "5")]
    public void A_quantity_must_be_positive_precise_and_at_least_the_minimum(string quantity, string minimum)
    {
        var line = Line(1m, Parse(quantity), minimum: Parse(minimum));

        Assert.Throws<DomainRuleException>(() => Raise(lines: line));
    }

    [Fact]
    public void A_partial_delivery_waits_for_the_rest_then_an_invoice_order_closes_when_paid()
    {
        var order = At(OrderStatus.PartiallyDelivered);
        Assert.Equal(1m, order.Lines.Single().OutstandingQuantity);

        order.MarkShipped(Supplier, "Second parcel", SupplierUser, Now);
        order.ConfirmDelivery(Buyer, OneBox, Now);
        Assert.Equal(OrderStatus.Delivered, order.Status);

        order.AttachInvoice(Supplier, "INV-204", order.Total, Guid.NewGuid(), SupplierUser, Now);
        Assert.Equal(PaymentState.Invoiced, order.PaymentState);
        order.MarkInvoicePaid("BACS 2026-12-03", Approver, Now);

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.Contains(order.TakeEvents(), e => e.Kind == OrderEventKind.Closed);
    }

    [Fact]
    public void More_than_is_outstanding_cannot_be_received()
    {
        var order = At(OrderStatus.Shipped);

        Assert.Throws<DomainRuleException>(() => order.ConfirmDelivery(Buyer, new Dictionary<int, decimal> { [1] = 3m }, Now));
        Assert.Throws<DomainRuleException>(() => order.ConfirmDelivery(Buyer, new Dictionary<int, decimal> { [2] = 1m }, Now));
        Assert.Throws<DomainRuleException>(() => order.ConfirmDelivery(Buyer, new Dictionary<int, decimal> { [1] = 0m }, Now));
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(0m, order.Lines.Single().DeliveredQuantity);
    }

    [Fact]
    public void A_card_payment_is_recorded_once_whatever_the_number_of_confirmations()
    {
        var order = At(OrderStatus.AwaitingPayment, PaymentMethod.Card);
        order.BeginCheckout();
        order.CheckoutOpened("cs_1", Buyer, Now);
        order.TakeEvents();

        Assert.True(order.RecordCardPayment("pi_1", order.Total, Now));
        Assert.False(order.RecordCardPayment("pi_1", order.Total, Now));

        Assert.Equal(OrderStatus.Placed, order.Status);
        Assert.Single(order.TakeEvents(), e => e.Kind == OrderEventKind.Paid);
    }

    [Fact]
    public void A_card_payment_of_another_amount_does_not_settle_the_order()
    {
        var order = At(OrderStatus.AwaitingPayment, PaymentMethod.Card);

        Assert.Throws<DomainRuleException>(() => order.RecordCardPayment("pi_1", new Money(order.Total.Amount - 0.01m, "GBP"), Now));
        Assert.Throws<DomainRuleException>(() => order.RecordCardPayment("pi_1", new Money(order.Total.Amount, "EUR"), Now));
        Assert.Equal(PaymentState.NotDue, order.PaymentState);
    }

    [Fact]
    public void Each_checkout_attempt_has_its_own_idempotency_key()
    {
        var order = At(OrderStatus.AwaitingPayment, PaymentMethod.Card);

        order.BeginCheckout();
        var first = order.CheckoutIdempotencyKey;
        order.BeginCheckout();

        Assert.NotEqual(first, order.CheckoutIdempotencyKey);
        Assert.StartsWith($"order-{order.Id:N}-checkout-", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_a_paid_card_order_asks_for_a_refund_which_is_recorded_once()
    {
        var order = At(OrderStatus.Placed, PaymentMethod.Card);

        order.Cancel(Buyer, "Ordered twice by mistake", Now);
        Assert.Equal(PaymentState.RefundPending, order.PaymentState);

        Assert.True(order.RecordRefund("re_1", Now));
        Assert.False(order.RecordRefund("re_1", Now));
        Assert.Equal(PaymentState.Refunded, order.PaymentState);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Fact]
    public void A_declined_card_order_is_refunded()
    {
        var order = At(OrderStatus.Declined, PaymentMethod.Card);

        Assert.Equal(PaymentState.RefundPending, order.PaymentState);
        Assert.Contains(order.TakeEvents(), e => e.Kind == OrderEventKind.RefundRequested);
    }

    [Fact]
    public void Money_arriving_after_a_cancellation_is_taken_and_refunded()
    {
        var order = At(OrderStatus.AwaitingPayment, PaymentMethod.Card);
        order.BeginCheckout();
        order.CheckoutOpened("cs_1", Buyer, Now);
        order.Cancel(Buyer, "Found it cheaper elsewhere", Now);

        Assert.True(order.RecordCardPayment("pi_1", order.Total, Now));

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(PaymentState.RefundPending, order.PaymentState);
    }

    [Fact]
    public void A_card_order_closes_on_delivery()
    {
        var order = At(OrderStatus.Closed, PaymentMethod.Card);

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.NotNull(order.ClosedAt);
    }

    [Fact]
    public void An_invoice_must_match_the_order_total()
    {
        var order = At(OrderStatus.Delivered);

        Assert.Throws<DomainRuleException>(() => order.AttachInvoice(Supplier, "INV-1", new Money(order.Total.Amount + 1m, "GBP"), Guid.NewGuid(), SupplierUser, Now));
        Assert.Throws<DomainRuleException>(() => order.AttachInvoice(Supplier, " ", order.Total, Guid.NewGuid(), SupplierUser, Now));
        Assert.Equal(PaymentState.NotDue, order.PaymentState);
    }

    [Fact]
    public void A_card_order_takes_no_invoice_and_an_invoice_order_no_card()
    {
        var card = At(OrderStatus.Accepted, PaymentMethod.Card);
        var invoice = At(OrderStatus.Placed);

        Assert.Throws<DomainRuleException>(() => card.AttachInvoice(Supplier, "INV-1", card.Total, Guid.NewGuid(), SupplierUser, Now));
        Assert.Throws<DomainRuleException>(invoice.BeginCheckout);
        Assert.Throws<DomainRuleException>(() => invoice.RecordCardPayment("pi_1", invoice.Total, Now));
    }

    [Fact]
    public void Another_supplier_cannot_act_on_the_order()
    {
        var order = At(OrderStatus.Placed);

        Assert.Throws<DomainRuleException>(() => order.Accept(Guid.NewGuid(), SupplierUser, Now));
        Assert.Equal(OrderStatus.Placed, order.Status);
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
