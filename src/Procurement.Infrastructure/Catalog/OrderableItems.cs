using Microsoft.EntityFrameworkCore;
using Procurement.Application.Orders.Ports;
using Procurement.Domain;
using Procurement.Domain.Catalog;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Catalog;

/// <summary>
/// <see cref="IOrderableItems"/> in one SQL query: the item joined to the agency's frameworks in force on the day
/// that list it at a ceiling at or above its price (same currency), and to its supplier, which must still be verified
/// (a suspended supplier's items cannot be ordered). When several frameworks allow an item, the one with the lowest
/// ceiling (then the reference) is named.
/// </summary>
internal sealed class OrderableItems(ProcurementDbContext db) : IOrderableItems
{
    public async Task<IReadOnlyList<OrderableItem>> FindAsync(Guid agencyId, IReadOnlyCollection<Guid> itemIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (itemIds.Count == 0)
        {
            return [];
        }

        var day = CatalogOrderability.DayOf(at);
        var ids = itemIds.Distinct().ToList();
        var rows = await (
            from framework in db.FrameworkAgreements
            from approved in framework.Items
            join item in db.CatalogItems on approved.ItemId equals item.Id
            join supplier in db.Suppliers on item.SupplierId equals supplier.Id
            where framework.AgencyId == agencyId
                && ids.Contains(item.Id)
                && item.Status == CatalogItemStatus.Active
                && supplier.Status == VerificationStatus.Verified
                && framework.SupplierId == item.SupplierId
                && framework.ValidFrom <= day && framework.ValidTo >= day
                && approved.CeilingCurrency == item.Currency
                && item.UnitPriceAmount <= approved.CeilingAmount
            orderby item.Id, approved.CeilingAmount, framework.Reference
            select new
            {
                item.Id,
                item.SupplierId,
                SupplierName = supplier.TradingName ?? supplier.LegalName,
                item.Sku,
                item.Name,
                item.CpvCode,
                item.UnitCode,
                item.UnitPriceAmount,
                item.Currency,
                item.MinimumOrderQuantity,
                item.LeadTimeDays,
                FrameworkId = framework.Id,
                framework.Reference,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return [.. rows
            .GroupBy(row => row.Id)
            .Select(group => group.First())
            .Select(row => new OrderableItem(row.Id, row.SupplierId, row.SupplierName, row.Sku, row.Name, row.CpvCode, row.UnitCode,
                new Money(row.UnitPriceAmount, row.Currency), row.MinimumOrderQuantity, row.LeadTimeDays, row.FrameworkId, row.Reference))];
    }
}
