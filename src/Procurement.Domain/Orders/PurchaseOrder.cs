namespace Procurement.Domain.Orders;

/// <summary>
/// A purchase order from one agency to one supplier, raised from a buyer's cart. Prices and totals are copied from
/// the catalog when it is raised and never change. Every step is a method that refuses an illegal move and records
/// an <see cref="OrderEvent"/>; the repository saves the events with the order (see <see cref="TakeEvents"/>).
/// </summary>
public sealed partial class PurchaseOrder
{
    public const int MaxReasonLength = 2_000;

    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderEvent> _newEvents = [];

    private PurchaseOrder()
    {
        Number = SupplierName = Currency = DeliveryAddress = CostCentre = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The reference people quote, e.g. PO-2026-000042.</summary>
    public string Number { get; private set; }

    public Guid AgencyId { get; private set; }
    public Guid BuyerId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; }
    public string Currency { get; private set; }
    public decimal TotalAmount { get; private set; }
    public string DeliveryAddress { get; private set; }
    public string CostCentre { get; private set; }
    public OrderStatus Status { get; private set; }
    public bool NeedsApproval { get; private set; }
    public Guid? DecidedBy { get; private set; }

    /// <summary>Why it was rejected, declined or cancelled.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyCollection<OrderLine> Lines => _lines.AsReadOnly();

    public Money Total => new(TotalAmount, Currency);

    public bool IsFinal => Status is OrderStatus.Rejected or OrderStatus.Declined or OrderStatus.Closed or OrderStatus.Cancelled;

    /// <summary>Raises the order for one supplier's basket; it needs approval when the threshold says so.</summary>
    public static PurchaseOrder Raise(
        string number, Guid agencyId, Guid buyerId, SupplierBasket basket, DeliveryDetails delivery,
        PaymentMethod paymentMethod, ApprovalThreshold threshold, DateTimeOffset now)
    {
        if (basket.Lines.Count == 0)
        {
            throw new DomainRuleException("An order needs at least one item.");
        }

        var order = new PurchaseOrder
        {
            Id = Guid.NewGuid(),
            Number = number,
            AgencyId = agencyId,
            BuyerId = buyerId,
            SupplierId = basket.SupplierId,
            SupplierName = basket.SupplierName,
            Currency = basket.Currency,
            DeliveryAddress = delivery.Address,
            CostCentre = delivery.CostCentre,
            PaymentMethod = paymentMethod,
            PaymentState = PaymentState.NotDue,
            SubmittedAt = now,
            UpdatedAt = now,
        };
        foreach (var line in basket.Lines)
        {
            CheckQuantity(line);
            order._lines.Add(new OrderLine(order._lines.Count + 1, line));
        }

        order.TotalAmount = order._lines.Sum(line => line.LineTotal);
        _ = order.Total; // the total must itself be a valid amount
        order.NeedsApproval = threshold.Requires(order.Total);
        order.Status = order.NeedsApproval ? OrderStatus.AwaitingApproval : order.StatusOnceApproved;
        order.Record(OrderEventKind.Submitted, $"{order.Number} to {order.SupplierName} for {order.Total}", buyerId, now);
        return order;
    }

    public void Approve(Guid approverId, DateTimeOffset now)
    {
        Require(OrderStatus.AwaitingApproval, "approved");
        if (approverId == BuyerId)
        {
            throw new DomainRuleException("An order is approved by someone other than the buyer who raised it.");
        }

        DecidedBy = approverId;
        Move(StatusOnceApproved, OrderEventKind.Approved, null, approverId, now);
    }

    public void Reject(Guid approverId, string reason, DateTimeOffset now)
    {
        Require(OrderStatus.AwaitingApproval, "rejected");
        if (approverId == BuyerId)
        {
            throw new DomainRuleException("An order is rejected by someone other than the buyer who raised it.");
        }

        DecidedBy = approverId;
        Reason = RequiredReason(reason, "rejecting");
        Move(OrderStatus.Rejected, OrderEventKind.Rejected, Reason, approverId, now);
    }

    /// <summary>The events recorded since the order was loaded or raised, handed over once for saving.</summary>
    public IReadOnlyList<OrderEvent> TakeEvents()
    {
        var events = _newEvents.ToList();
        _newEvents.Clear();
        return events;
    }

    private OrderStatus StatusOnceApproved => PaymentMethod == PaymentMethod.Card ? OrderStatus.AwaitingPayment : OrderStatus.Placed;

    private static void CheckQuantity(CartLine line)
    {
        if (line.Quantity <= 0 || decimal.Round(line.Quantity, OrderLine.QuantityDecimals) != line.Quantity)
        {
            throw new DomainRuleException($"{line.Name}: the quantity must be more than zero, to at most {OrderLine.QuantityDecimals} decimals.");
        }

        if (line.Quantity < line.MinimumOrderQuantity)
        {
            throw new DomainRuleException($"{line.Name}: the minimum order is {line.MinimumOrderQuantity:0.###}.");
        }
    }

    private static string RequiredReason(string? reason, string doing) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength
            ? throw new DomainRuleException($"Give a reason for {doing} the order (at most {MaxReasonLength} characters).")
            : reason.Trim();

    private void Require(OrderStatus expected, string doing)
    {
        if (Status != expected)
        {
            throw IllegalMove(doing);
        }
    }

    private DomainRuleException IllegalMove(string doing) =>
        new($"Order {Number} is {Describe(Status)} and cannot be {doing}.");

    private static string Describe(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingApproval => "awaiting approval",
        OrderStatus.AwaitingPayment => "awaiting payment",
        OrderStatus.Placed => "with the supplier",
        OrderStatus.PartiallyDelivered => "partly delivered",
        _ => status.ToString().ToLowerInvariant(),
    };

    private void Move(OrderStatus to, OrderEventKind kind, string? detail, Guid by, DateTimeOffset now)
    {
        Status = to;
        Record(kind, detail, by, now);
    }

    private void Record(OrderEventKind kind, string? detail, Guid by, DateTimeOffset now)
    {
        UpdatedAt = now;
        _newEvents.Add(new OrderEvent(Id, kind, detail, by, now));
    }
}
