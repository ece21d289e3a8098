using Procurement.Domain.Audit;

namespace Procurement.Domain.Orders;

/// <summary>One step in a purchase order's life, kept for good (the order's history) and written to the audit log.</summary>
public sealed class OrderEvent : IAuditedEvent
{
    public const int MaxDetailLength = 4_000;

    private OrderEvent()
    {
    }

    public OrderEvent(Guid orderId, OrderEventKind kind, string? detail, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        OrderId = orderId;
        Kind = kind;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public OrderEventKind Kind { get; private set; }
    public string? Detail { get; private set; }

    /// <summary>The user who did it, or <see cref="Guid.Empty"/> for the platform (a payment confirmation).</summary>
    public Guid By { get; private set; }

    public DateTimeOffset At { get; private set; }

    string IAuditedEvent.AuditSubject => $"order:{OrderId:D}";

    string IAuditedEvent.AuditAction => $"order.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => By;

    DateTimeOffset IAuditedEvent.AuditAt => At;

    string? IAuditedEvent.AuditDetail => Detail;
}

public enum OrderEventKind
{
    Submitted,
    Approved,
    Rejected,
    CheckoutStarted,
    Paid,
    Accepted,
    Declined,
    Shipped,
    DeliveryConfirmed,
    Invoiced,
    Closed,
    Cancelled,
    RefundRequested,
    Refunded,
    CheckoutExpired,
}
