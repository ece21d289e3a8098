namespace Procurement.Domain.Orders;

/// <summary>Paying for the order: up front by card (through the payment gateway) or on the supplier's invoice.</summary>
public sealed partial class PurchaseOrder
{
    public const int MaxReferenceLength = 60;

    public PaymentMethod PaymentMethod { get; private set; }
    public PaymentState PaymentState { get; private set; }

    /// <summary>How many card checkouts were started; each gets its own idempotency key.</summary>
    public int CheckoutAttempts { get; private set; }

    /// <summary>The provider's checkout (a Stripe Checkout Session id) now open or last completed.</summary>
    public string? CheckoutReference { get; private set; }

    /// <summary>The provider's payment (a Stripe PaymentIntent id) or the agency's payment reference for an invoice.</summary>
    public string? PaymentReference { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }
    public string? InvoiceNumber { get; private set; }
    public Guid? InvoiceFileId { get; private set; }
    public string? RefundReference { get; private set; }

    /// <summary>The key that makes starting this checkout attempt safe to retry: the provider creates it once.</summary>
    public string CheckoutIdempotencyKey => $"order-{Id:N}-checkout-{CheckoutAttempts}";

    public string RefundIdempotencyKey => $"order-{Id:N}-refund";

    /// <summary>Counts a new card checkout attempt; call before asking the provider, then <see cref="CheckoutOpened"/>.</summary>
    public void BeginCheckout()
    {
        RequireCardPaymentDue();
        CheckoutAttempts++;
    }

    public void CheckoutOpened(string checkoutReference, Guid by, DateTimeOffset now)
    {
        RequireCardPaymentDue();
        CheckoutReference = checkoutReference;
        PaymentState = PaymentState.Pending;
        Record(OrderEventKind.CheckoutStarted, checkoutReference, by, now);
    }

    /// <summary>
    /// The provider confirms the card payment. Returns false when this payment was already recorded (a webhook
    /// delivered twice, or the reconciliation job racing the webhook). Money that arrives for an order cancelled
    /// meanwhile is taken and then refunded.
    /// </summary>
    public bool RecordCardPayment(string paymentReference, Money amount, DateTimeOffset now)
    {
        if (PaymentMethod != PaymentMethod.Card)
        {
            throw new DomainRuleException($"Order {Number} is paid on invoice, not by card.");
        }

        if (PaymentState is PaymentState.Paid or PaymentState.RefundPending or PaymentState.Refunded)
        {
            return false;
        }

        if (amount != Total)
        {
            throw new DomainRuleException($"Order {Number} is for {Total}; a payment of {amount} does not settle it.");
        }

        PaymentReference = paymentReference;
        PaymentState = PaymentState.Paid;
        PaidAt = now;
        Record(OrderEventKind.Paid, $"{amount} by card, {paymentReference}", Guid.Empty, now);
        if (Status == OrderStatus.AwaitingPayment)
        {
            Status = OrderStatus.Placed;
        }
        else if (Status is OrderStatus.Cancelled or OrderStatus.Declined)
        {
            RequestRefundIfPaid(Guid.Empty, now);
        }

        return true;
    }

    /// <summary>The supplier submits the invoice for the order's total, once the order is accepted.</summary>
    public void AttachInvoice(Guid supplierId, string invoiceNumber, Money amount, Guid fileId, Guid by, DateTimeOffset now)
    {
        RequireSupplier(supplierId);
        if (PaymentMethod != PaymentMethod.Invoice)
        {
            throw new DomainRuleException($"Order {Number} was paid by card; it takes no invoice.");
        }

        if (Status is not (OrderStatus.Accepted or OrderStatus.Shipped or OrderStatus.PartiallyDelivered or OrderStatus.Delivered)
            || PaymentState != PaymentState.NotDue)
        {
            throw IllegalMove("invoiced");
        }


        if (amount != Total)
        {
            throw new DomainRuleException($"The invoice must be for the order's total of {Total}; {amount} does not match.");
        }

        InvoiceNumber = RequiredReference(invoiceNumber, "invoice number");
        InvoiceFileId = fileId;
        PaymentState = PaymentState.Invoiced;
        Record(OrderEventKind.Invoiced, $"invoice {InvoiceNumber} for {amount}", by, now);
    }

    /// <summary>The agency records that it paid the supplier's invoice; a delivered order then closes.</summary>
    public void MarkInvoicePaid(string paymentReference, Guid by, DateTimeOffset now)
    {
        if (PaymentState != PaymentState.Invoiced)
        {
            throw new DomainRuleException($"Order {Number} has no unpaid invoice.");
        }

        PaymentReference = RequiredReference(paymentReference, "payment reference");
        PaymentState = PaymentState.Paid;
        PaidAt = now;
        Record(OrderEventKind.Paid, $"invoice {InvoiceNumber} paid, {PaymentReference}", by, now);
        CloseIfSettled(now);
    }

    /// <summary>The provider confirmed the refund of a card payment.</summary>
    public bool RecordRefund(string refundReference, DateTimeOffset now)
    {
        if (PaymentState == PaymentState.Refunded)
        {
            return false;
        }

        if (PaymentState != PaymentState.RefundPending)
        {
            throw new DomainRuleException($"Order {Number} has no refund due.");
        }

        RefundReference = refundReference;
        PaymentState = PaymentState.Refunded;
        Record(OrderEventKind.Refunded, $"{Total} refunded, {refundReference}", Guid.Empty, now);
        return true;
    }

    private static string RequiredReference(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxReferenceLength
            ? throw new DomainRuleException($"Give the {what} (at most {MaxReferenceLength} characters).")
            : value.Trim();

    private void RequireCardPaymentDue()
    {
        if (PaymentMethod != PaymentMethod.Card || Status != OrderStatus.AwaitingPayment || PaymentState is not (PaymentState.NotDue or PaymentState.Pending))
        {
            throw IllegalMove("paid by card");
        }
    }

    private void RequestRefundIfPaid(Guid by, DateTimeOffset now)
    {
        if (PaymentMethod == PaymentMethod.Card && PaymentState == PaymentState.Paid)
        {
            PaymentState = PaymentState.RefundPending;
            Record(OrderEventKind.RefundRequested, $"{Total} to be refunded", by, now);
        }
    }
}
