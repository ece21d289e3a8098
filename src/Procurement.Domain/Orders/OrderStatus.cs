namespace Procurement.Domain.Orders;

/// <summary>Where a purchase order stands (ARCHITECTURE §7).</summary>
public enum OrderStatus
{
    /// <summary>Above the agency's threshold: an approver must approve it before it goes anywhere.</summary>
    AwaitingApproval,

    /// <summary>An approver refused it, with a reason. Final.</summary>
    Rejected,

    /// <summary>Approved, to be paid by card before the supplier sees it.</summary>
    AwaitingPayment,

    /// <summary>With the supplier, who accepts or declines it.</summary>
    Placed,

    Accepted,

    /// <summary>The supplier refused it, with a reason. Final (a card payment is refunded).</summary>
    Declined,

    Shipped,

    /// <summary>The buyer received part of the goods; the supplier ships the rest.</summary>
    PartiallyDelivered,

    /// <summary>Everything received; the order closes once it is paid.</summary>
    Delivered,

    /// <summary>Delivered and paid. Final.</summary>
    Closed,

    /// <summary>Cancelled by the buyer before shipping (a card payment is refunded). Final.</summary>
    Cancelled,
}

/// <summary>How the agency pays the supplier for an order.</summary>
public enum PaymentMethod
{
    /// <summary>The supplier uploads an invoice and the agency pays it (the default without Stripe keys).</summary>
    Invoice,

    /// <summary>Paid up front by card through the payment provider (Stripe).</summary>
    Card,
}

/// <summary>Where the money for an order stands.</summary>
public enum PaymentState
{
    /// <summary>Nothing due yet: awaiting approval, or an invoice order with no invoice.</summary>
    NotDue,

    /// <summary>A card checkout was started and has not completed.</summary>
    Pending,

    /// <summary>The supplier's invoice is in and waits to be paid.</summary>
    Invoiced,

    Paid,

    /// <summary>A card payment is being returned after a cancellation or a decline.</summary>
    RefundPending,

    Refunded,
}
