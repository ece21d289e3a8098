namespace Procurement.Domain.Orders;

/// <summary>A card checkout that lapses at the provider without payment.</summary>
public sealed partial class PurchaseOrder
{
    /// <summary>
    /// The provider says the open checkout expired unpaid: the order waits for payment again and the buyer may start
    /// another checkout. Returns false, changing nothing, when <paramref name="checkoutReference"/> is not the order's
    /// pending checkout (an older attempt, or one already settled).
    /// </summary>
    public bool ExpireCheckout(string checkoutReference, DateTimeOffset now)
    {
        if (PaymentState != PaymentState.Pending || CheckoutReference != checkoutReference)
        {
            return false;
        }

        PaymentState = PaymentState.NotDue;
        Record(OrderEventKind.CheckoutExpired, checkoutReference, Guid.Empty, now);
        return true;
    }
}
