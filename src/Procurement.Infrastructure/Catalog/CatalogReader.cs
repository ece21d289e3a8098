using Microsoft.EntityFrameworkCore;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Catalog;

internal sealed class CatalogReader(ProcurementDbContext db) : ICatalogReader
{
    public async Task<IReadOnlyList<Guid>> FrameworksInForceAsync(Guid agencyId, DateOnly day, CancellationToken cancellationToken) =>
        await db.FrameworkAgreements.Where(f => f.AgencyId == agencyId && f.ValidFrom <= day && f.ValidTo >= day).Select(f => f.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CatalogItemSummary>> SupplierItemsAsync(Guid supplierId, CancellationToken cancellationToken) =>
        await db.CatalogItems.AsNoTracking().Where(item => item.SupplierId == supplierId).OrderBy(item => item.Sku)
            .Select(item => new CatalogItemSummary(item.Id, item.Sku, item.Name, item.CpvCode, item.UnitCode, item.UnitPriceAmount, item.Currency,
                item.MinimumOrderQuantity, item.LeadTimeDays, item.Status, item.UpdatedAt,
                item.Images.OrderBy(i => i.Position).Select(i => (Guid?)i.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FrameworkSummary>> AgencyFrameworksAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await (from framework in db.FrameworkAgreements
               join supplier in db.Suppliers on framework.SupplierId equals supplier.Id
               where framework.AgencyId == agencyId
               orderby framework.ValidTo descending, framework.Reference
               select new FrameworkSummary(framework.Id, framework.Reference, framework.Title, supplier.TradingName ?? supplier.LegalName,
                   framework.ValidFrom, framework.ValidTo, framework.Currency, framework.Items.Count))
            .AsNoTracking().ToListAsync(cancellationToken);

    public async Task<FrameworkView?> FrameworkAsync(Guid agencyId, Guid frameworkId, CancellationToken cancellationToken)
    {
        var summary = (await AgencyFrameworksAsync(agencyId, cancellationToken)).FirstOrDefault(f => f.Id == frameworkId);
        if (summary is null)
        {
            return null;
        }

        var framework = await db.FrameworkAgreements.AsNoTracking().SingleAsync(f => f.Id == frameworkId, cancellationToken);
        var ids = framework.Items.Select(i => i.ItemId).ToList();
        var items = await db.CatalogItems.AsNoTracking().Where(item => ids.Contains(item.Id)).ToListAsync(cancellationToken);
        var listed = framework.Items.Join(items, approved => approved.ItemId, item => item.Id, (approved, item) =>
            new FrameworkItemView(item.Id, item.Sku, item.Name, item.UnitCode, item.UnitPriceAmount, item.Currency, item.Status, approved.CeilingAmount))
            .OrderBy(i => i.Sku).ToList();
        var active = (await SupplierItemsAsync(framework.SupplierId, cancellationToken)).Where(i => i.Status == CatalogItemStatus.Active).ToList();
        return new FrameworkView(summary, framework.SupplierId, listed, active);
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> VerifiedSuppliersAsync(CancellationToken cancellationToken) =>
        (await db.Suppliers.AsNoTracking().Where(s => s.Status == VerificationStatus.Verified)
            .Select(s => new { s.Id, Name = s.TradingName ?? s.LegalName }).OrderBy(s => s.Name).ToListAsync(cancellationToken))
        .Select(s => (s.Id, s.Name)).ToList();

    public async Task<(byte[] Content, string ContentType, string Sha256)?> ImageAsync(Guid itemId, Guid imageId, CancellationToken cancellationToken)
    {
        var image = await db.CatalogItems.AsNoTracking().Where(item => item.Id == itemId)
            .SelectMany(item => item.Images).Where(i => i.Id == imageId)
            .Select(i => new { i.ContentType, i.Sha256 }).SingleOrDefaultAsync(cancellationToken);
        if (image is null)
        {
            return null;
        }

        var content = await db.Set<CatalogItemImageFile>().Where(f => f.ImageId == imageId).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);
        return content is null ? null : (content, image.ContentType, image.Sha256);
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken cancellationToken) =>
        (await db.UnitsOfMeasure.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken))
        .Select(u => (u.Code, u.Name)).ToList();
}
