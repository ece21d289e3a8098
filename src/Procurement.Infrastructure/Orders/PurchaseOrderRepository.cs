using Microsoft.EntityFrameworkCore;
using Procurement.Application.Orders.Ports;
using Procurement.Domain.Orders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Orders;

internal sealed class PurchaseOrderRepository(ProcurementDbContext db) : IPurchaseOrders
{
    public Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken) => db.Database.ClockTimestampAsync(cancellationToken);

    public Task<PurchaseOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.PurchaseOrders.Include(order => order.Lines).SingleOrDefaultAsync(order => order.Id == orderId, cancellationToken);

    public Task<PurchaseOrder?> FindByCheckoutAsync(string checkoutReference, CancellationToken cancellationToken) =>
        db.PurchaseOrders.Include(order => order.Lines).SingleOrDefaultAsync(order => order.CheckoutReference == checkoutReference, cancellationToken);

    public async Task<IReadOnlyList<Guid>> PendingCheckoutsAsync(DateTimeOffset openedBefore, CancellationToken cancellationToken) =>
        await (from order in db.PurchaseOrders
               where order.PaymentMethod == PaymentMethod.Card && order.PaymentState == PaymentState.Pending
               let opened = db.OrderEvents.Where(e => e.OrderId == order.Id && e.Kind == OrderEventKind.CheckoutStarted).Max(e => (DateTimeOffset?)e.At)
               where opened < openedBefore
               orderby opened
               select order.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> PendingRefundsAsync(CancellationToken cancellationToken) =>
        await db.PurchaseOrders
            .Where(order => order.PaymentMethod == PaymentMethod.Card && order.PaymentState == PaymentState.RefundPending)
            .OrderBy(order => order.UpdatedAt)
            .Select(order => order.Id)
            .ToListAsync(cancellationToken);

    public void Add(PurchaseOrder order) => db.PurchaseOrders.Add(order);

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var orders = db.ChangeTracker.Entries<PurchaseOrder>().Select(entry => entry.Entity).ToList();
        foreach (var order in orders)
        {
            db.OrderEvents.AddRange(order.TakeEvents());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException changed)
        {
            throw new OrderChangedException(changed);
        }
    }
}
