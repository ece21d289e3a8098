namespace Procurement.Domain.Orders;

/// <summary>The supplier's side (accept, decline, ship) and the buyer's (confirm delivery, cancel).</summary>
public sealed partial class PurchaseOrder
{
    public DateTimeOffset? ShippedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    public void Accept(Guid supplierId, Guid by, DateTimeOffset now)
    {
        RequireSupplier(supplierId);
        Require(OrderStatus.Placed, "accepted");
        Move(OrderStatus.Accepted, OrderEventKind.Accepted, null, by, now);
    }

    /// <summary>The supplier refuses the order; money already taken by card is to be refunded.</summary>
    public void Decline(Guid supplierId, string reason, Guid by, DateTimeOffset now)
    {
        RequireSupplier(supplierId);
        Require(OrderStatus.Placed, "declined");
        Reason = RequiredReason(reason, "declining");
        Move(OrderStatus.Declined, OrderEventKind.Declined, Reason, by, now);
        RequestRefundIfPaid(by, now);
    }

    /// <summary>Marks a shipment: the first, or the rest after a partial delivery.</summary>
    public void MarkShipped(Guid supplierId, string? note, Guid by, DateTimeOffset now)
    {
        RequireSupplier(supplierId);
        if (Status is not (OrderStatus.Accepted or OrderStatus.PartiallyDelivered))
        {
            throw IllegalMove("marked shipped");
        }

        ShippedAt = now;
        Move(OrderStatus.Shipped, OrderEventKind.Shipped, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by, now);
    }

    /// <summary>
    /// The buyer records what arrived, per line number. Anything still outstanding leaves the order partly
    /// delivered for the supplier to ship the rest; a delivered order that is paid closes.
    /// </summary>
    public void ConfirmDelivery(Guid buyerId, IReadOnlyDictionary<int, decimal> receivedByLine, DateTimeOffset now)
    {
        if (Status != OrderStatus.Shipped)
        {
            throw IllegalMove("confirmed as delivered");
        }

        if (receivedByLine.Keys.Any(number => _lines.All(line => line.Number != number)))
        {
            throw new DomainRuleException("A received quantity names a line that is not on the order.");
        }

        if (!receivedByLine.Values.Any(quantity => quantity > 0))
        {
            throw new DomainRuleException("Enter the quantity received for at least one line.");
        }

        foreach (var line in _lines)
        {
            line.Receive(receivedByLine.GetValueOrDefault(line.Number));
        }

        var complete = _lines.All(line => line.OutstandingQuantity == 0);
        var detail = string.Join("; ", receivedByLine.Where(pair => pair.Value > 0).Select(pair => $"line {pair.Key}: {pair.Value:0.###}"));
        Move(complete ? OrderStatus.Delivered : OrderStatus.PartiallyDelivered, OrderEventKind.DeliveryConfirmed, detail, buyerId, now);
        if (complete)
        {
            DeliveredAt = now;
            CloseIfSettled(now);
        }
    }

    /// <summary>The buyer withdraws the order before it ships; a card payment already taken is to be refunded.</summary>
    public void Cancel(Guid by, string reason, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.AwaitingApproval or OrderStatus.AwaitingPayment or OrderStatus.Placed or OrderStatus.Accepted))
        {
            throw IllegalMove("cancelled");
        }

        Reason = RequiredReason(reason, "cancelling");
        if (PaymentState == PaymentState.Pending)
        {
            PaymentState = PaymentState.NotDue;
        }

        Move(OrderStatus.Cancelled, OrderEventKind.Cancelled, Reason, by, now);
        RequestRefundIfPaid(by, now);
    }

    private void RequireSupplier(Guid supplierId)
    {
        if (supplierId != SupplierId)
        {
            throw new DomainRuleException($"Order {Number} is for another supplier.");
        }
    }

    private void CloseIfSettled(DateTimeOffset now)
    {
        if (Status == OrderStatus.Delivered && PaymentState == PaymentState.Paid)
        {
            ClosedAt = now;
            Move(OrderStatus.Closed, OrderEventKind.Closed, null, Guid.Empty, now);
        }
    }
}
