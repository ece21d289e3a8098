using Microsoft.EntityFrameworkCore;
using Procurement.Application.Orders.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Orders;

internal sealed class OrderCatalog(ProcurementDbContext db) : IOrderCatalog
{
    private static readonly OrderStatus[] NotSpent = [OrderStatus.Cancelled, OrderStatus.Declined, OrderStatus.Rejected];

    public Task<PurchaseOrder?> OrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.PurchaseOrders.AsNoTracking().Include(order => order.Lines).SingleOrDefaultAsync(order => order.Id == orderId, cancellationToken);

    public async Task<IReadOnlyList<OrderSummary>> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        var orders = db.PurchaseOrders.AsNoTracking();
        if (filter.AgencyId is { } agencyId)
        {
            orders = orders.Where(order => order.AgencyId == agencyId);
        }

        if (filter.SupplierId is { } supplierId)
        {
            orders = orders.Where(order => order.SupplierId == supplierId);
        }

        if (filter.Status is { } status)
        {
            orders = orders.Where(order => order.Status == status);
        }

        var rows = await (from order in orders
                          join agency in db.Agencies on order.AgencyId equals agency.Id
                          join buyer in db.Users on order.BuyerId equals buyer.Id
                          orderby order.SubmittedAt descending, order.Number descending
                          select new
                          {
                              order.Id, order.Number, AgencyName = agency.Name, order.SupplierName, BuyerName = buyer.DisplayName, order.TotalAmount, order.Currency,
                              order.Status, order.PaymentMethod, order.PaymentState, order.SubmittedAt, order.UpdatedAt,
                          })
            .Take(200)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new OrderSummary(
            row.Id, row.Number, row.AgencyName, row.SupplierName, row.BuyerName, new Money(row.TotalAmount, row.Currency), row.Status,
            row.PaymentMethod, row.PaymentState, row.SubmittedAt, row.UpdatedAt))];
    }

    public async Task<IReadOnlyList<OrderHistoryEntry>> HistoryAsync(Guid orderId, CancellationToken cancellationToken) =>
        await (from orderEvent in db.OrderEvents.AsNoTracking()
               where orderEvent.OrderId == orderId
               join user in db.Users on orderEvent.By equals user.Id into users
               from user in users.DefaultIfEmpty()
               orderby orderEvent.At, orderEvent.Id
               select new OrderHistoryEntry(orderEvent.At, orderEvent.Kind, orderEvent.Detail, user == null ? "The platform" : user.DisplayName))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<OrderStatus, int>> CountsByStatusAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await db.PurchaseOrders.AsNoTracking()
            .Where(order => order.AgencyId == agencyId)
            .GroupBy(order => order.Status)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Key, group => group.Count, cancellationToken);

    public async Task<IReadOnlyList<MonthlySpend>> SpendByMonthAsync(Guid agencyId, DateTimeOffset from, CancellationToken cancellationToken) =>
        await db.PurchaseOrders.AsNoTracking()
            .Where(order => order.AgencyId == agencyId && order.SubmittedAt >= from && !NotSpent.Contains(order.Status))
            .GroupBy(order => new { order.SubmittedAt.Year, order.SubmittedAt.Month, order.Currency })
            .Select(group => new MonthlySpend(group.Key.Year, group.Key.Month, group.Key.Currency, group.Sum(order => order.TotalAmount)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DivisionSpend>> SpendByCpvDivisionAsync(Guid agencyId, DateTimeOffset from, CancellationToken cancellationToken) =>
        await db.PurchaseOrders.AsNoTracking()
            .Where(order => order.AgencyId == agencyId && order.SubmittedAt >= from && !NotSpent.Contains(order.Status))
            .SelectMany(order => order.Lines, (order, line) => new { Division = line.CpvCode.Substring(0, 2), order.Currency, line.LineTotal })
            .GroupBy(row => new { row.Division, row.Currency })
            .Select(group => new DivisionSpend(group.Key.Division, group.Key.Currency, group.Sum(row => row.LineTotal)))
            .ToListAsync(cancellationToken);

    public Task<string?> AgencyNameAsync(Guid agencyId, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().Where(agency => agency.Id == agencyId).Select(agency => agency.Name).SingleOrDefaultAsync(cancellationToken);
}
