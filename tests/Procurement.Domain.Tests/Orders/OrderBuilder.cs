using Procurement.Domain.Orders;

namespace Procurement.Domain.Tests.Orders;

/// <summary>Orders for the tests, brought to any status along the path the state machine allows.</summary>
internal static class OrderBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    public static readonly Guid Buyer = Guid.NewGuid();
    public static readonly Guid Approver = Guid.NewGuid();
    public static readonly Guid Supplier = Guid.NewGuid();
    public static readonly Guid SupplierUser = Guid.NewGuid();

    public static readonly ApprovalThreshold Threshold = new(new Money(5_000m, "GBP"));

    public static CartLine Line(decimal unitPrice, decimal quantity, Guid? supplier = null, string currency = "GBP", string name = "A4 paper", decimal minimum = 1m) =>
        new(Guid.NewGuid(), supplier ?? Supplier, supplier is null ? "Meridian Office Supplies" : $"Supplier {supplier:N}", $"SKU-{name}", name,
            "30197643-5", "BX", new Money(unitPrice, currency), quantity, minimum, 3);

    public static PurchaseOrder Raise(decimal total = 100m, PaymentMethod method = PaymentMethod.Invoice, params CartLine[] lines)
    {
        var basket = Cart.Split(lines.Length > 0 ? lines : [Line(total, 1m)]).Single();
        return PurchaseOrder.Raise("PO-2026-000001", Guid.NewGuid(), Buyer, basket, new DeliveryDetails("1 High Street, Northshire", "CC-100"), method, Threshold, Now);
    }

    /// <summary>
    /// An order of two boxes moved to <paramref name="status"/> (a card order paid once it is past payment; a
    /// partly delivered one has received one box).
    /// </summary>
    public static PurchaseOrder At(OrderStatus status, PaymentMethod method = PaymentMethod.Invoice)
    {
        var needsApproval = status is OrderStatus.AwaitingApproval or OrderStatus.Rejected;
        var order = Raise(method: method, lines: Line(needsApproval ? 3_000m : 50m, 2m));
        switch (status)
        {
            case OrderStatus.AwaitingApproval:
                return order;
            case OrderStatus.Rejected:
                order.Reject(Approver, "Over budget", Now);
                return order;
            case OrderStatus.AwaitingPayment:
                return order;
        }

        if (method == PaymentMethod.Card)
        {
            Pay(order);
        }

        switch (status)
        {
            case OrderStatus.Placed:
                return order;
            case OrderStatus.Cancelled:
                order.Cancel(Buyer, "No longer needed", Now);
                return order;
            case OrderStatus.Declined:
                order.Decline(Supplier, "Out of stock", SupplierUser, Now);
                return order;
        }

        order.Accept(Supplier, SupplierUser, Now);
        if (status == OrderStatus.Accepted)
        {
            return order;
        }

        order.MarkShipped(Supplier, null, SupplierUser, Now);
        if (status == OrderStatus.Shipped)
        {
            return order;
        }

        order.ConfirmDelivery(Buyer, new Dictionary<int, decimal> { [1] = status == OrderStatus.PartiallyDelivered ? 1m : 2m }, Now);
        if (status == OrderStatus.Closed && method == PaymentMethod.Invoice)
        {
            order.AttachInvoice(Supplier, "INV-1", order.Total, Guid.NewGuid(), SupplierUser, Now);
            order.MarkInvoicePaid("BACS-1", Approver, Now);
        }

        return order;
    }

    public static void Pay(PurchaseOrder order)
    {
        order.BeginCheckout();
        order.CheckoutOpened("cs_test_1", Buyer, Now);
        order.RecordCardPayment("pi_test_1", order.Total, Now);
    }
}
