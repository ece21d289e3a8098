using Procurement.Domain.Orders;

namespace Procurement.Application.Orders.Ports;

/// <summary>Purchase orders for the use cases that change them: one unit of work, one transaction per save.</summary>
public interface IPurchaseOrders
{
    /// <summary>The database server's clock now.</summary>
    Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken);

    /// <summary>The order with its lines, tracked; null when there is none.</summary>
    Task<PurchaseOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>The order whose card checkout has this provider reference, tracked; null when none.</summary>
    Task<PurchaseOrder?> FindByCheckoutAsync(string checkoutReference, CancellationToken cancellationToken);

    /// <summary>Card orders whose checkout has stayed pending since before <paramref name="openedBefore"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> PendingCheckoutsAsync(DateTimeOffset openedBefore, CancellationToken cancellationToken);

    /// <summary>Card orders with a refund requested and not yet confirmed, oldest first.</summary>
    Task<IReadOnlyList<Guid>> PendingRefundsAsync(CancellationToken cancellationToken);

    void Add(PurchaseOrder order);

    /// <summary>
    /// Writes the orders' changes and the events they recorded (<see cref="PurchaseOrder.TakeEvents"/>) in one
    /// transaction. Throws <see cref="OrderChangedException"/> when someone else changed an order meanwhile.
    /// </summary>
    Task SaveAsync(CancellationToken cancellationToken);
}

/// <summary>The order changed since it was read (optimistic concurrency); read it again and retry or report.</summary>
public sealed class OrderChangedException(Exception inner) : Exception("The order was changed by someone else meanwhile.", inner);
