using Microsoft.EntityFrameworkCore;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Reads catalog items as the index should hold them: only active items of verified suppliers, each with the
/// frameworks that list it at a ceiling at or above its price (in its currency). An id it does not return is removed.
/// </summary>
public sealed class CatalogDocumentSource(ProcurementDbContext db)
{
    public async Task<IReadOnlyList<CatalogItemDocument>> LoadAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var ids = itemIds.ToList();
        return await LoadWhereAsync(db.CatalogItems.Where(item => ids.Contains(item.Id)), cancellationToken);
    }

    /// <summary>Every indexable item, a page at a time by id, for a full rebuild.</summary>
    public async Task<IReadOnlyList<CatalogItemDocument>> PageAsync(Guid after, int size, CancellationToken cancellationToken) =>
        await LoadWhereAsync(db.CatalogItems.Where(item => item.Id.CompareTo(after) > 0).OrderBy(item => item.Id).Take(size), cancellationToken);

    private async Task<IReadOnlyList<CatalogItemDocument>> LoadWhereAsync(IQueryable<CatalogItem> items, CancellationToken cancellationToken)
    {
        var rows = await (
            from item in items
            join supplier in db.Suppliers on item.SupplierId equals supplier.Id
            join cpv in db.CpvCodes on item.CpvCode equals cpv.Code
            join unit in db.UnitsOfMeasure on item.UnitCode equals unit.Code
            where item.Status == CatalogItemStatus.Active && supplier.Status == VerificationStatus.Verified
            select new
            {
                item.Id,
                item.SupplierId,
                SupplierName = supplier.TradingName ?? supplier.LegalName,
                item.Sku,
                item.Name,
                item.Description,
                item.CpvCode,
                CpvLabel = cpv.Label,
                item.UnitCode,
                UnitName = unit.Name,
                item.UnitPriceAmount,
                item.Currency,
                item.MinimumOrderQuantity,
                item.LeadTimeDays,
                ImageId = item.Images.OrderBy(i => i.Position).Select(i => (Guid?)i.Id).FirstOrDefault(),
            }).AsNoTracking().ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var frameworks = (await (
                from framework in db.FrameworkAgreements
                from approved in framework.Items
                join item in db.CatalogItems on approved.ItemId equals item.Id
                where ids.Contains(approved.ItemId) && approved.CeilingCurrency == item.Currency && item.UnitPriceAmount <= approved.CeilingAmount
                select new { approved.ItemId, FrameworkId = framework.Id })
            .AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(f => f.ItemId, f => f.FrameworkId);
        return [.. rows.Select(r => new CatalogItemDocument(r.Id, r.SupplierId, r.SupplierName, r.Sku, r.Name, r.Description, r.CpvCode, r.CpvLabel,
            r.UnitCode, r.UnitName, r.UnitPriceAmount, r.Currency, r.MinimumOrderQuantity, r.LeadTimeDays, r.ImageId, [.. frameworks[r.Id]]))];
    }
}
