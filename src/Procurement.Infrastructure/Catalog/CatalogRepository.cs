using Microsoft.EntityFrameworkCore;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Catalog;

internal sealed class CatalogRepository(ProcurementDbContext db) : ICatalogRepository
{
    public Task<CatalogItem?> FindItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        db.CatalogItems.SingleOrDefaultAsync(item => item.Id == itemId, cancellationToken);

    public async Task<IReadOnlyList<CatalogItem>> FindItemsBySkuAsync(Guid supplierId, IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        var wanted = skus.ToList();
        return await db.CatalogItems.Where(item => item.SupplierId == supplierId && wanted.Contains(item.Sku)).ToListAsync(cancellationToken);
    }

    public Task<bool> SkuTakenAsync(Guid supplierId, string sku, Guid? exceptItemId, CancellationToken cancellationToken) =>
        db.CatalogItems.AnyAsync(item => item.SupplierId == supplierId && item.Sku == sku && item.Id != exceptItemId, cancellationToken);

    public Task<CatalogSupplier?> SupplierAsync(Guid supplierId, CancellationToken cancellationToken) =>
        db.Suppliers.AsNoTracking().Where(supplier => supplier.Id == supplierId)
            .Select(supplier => new CatalogSupplier(supplier.Id, supplier.TradingName ?? supplier.LegalName, supplier.Status == VerificationStatus.Verified))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<FrameworkAgreement?> FindFrameworkAsync(Guid frameworkId, CancellationToken cancellationToken) =>
        db.FrameworkAgreements.SingleOrDefaultAsync(framework => framework.Id == frameworkId, cancellationToken);

    public Task<bool> FrameworkReferenceTakenAsync(Guid agencyId, string reference, CancellationToken cancellationToken) =>
        db.FrameworkAgreements.AnyAsync(framework => framework.AgencyId == agencyId && framework.Reference == reference, cancellationToken);

    public async Task<IReadOnlySet<string>> UnknownCpvCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.ToList();
        var known = await db.CpvCodes.Where(cpv => wanted.Contains(cpv.Code)).Select(cpv => cpv.Code).ToListAsync(cancellationToken);
        return wanted.Except(known).ToHashSet();
    }

    public async Task<IReadOnlySet<string>> UnknownUnitCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.ToList();
        var known = await db.UnitsOfMeasure.Where(unit => wanted.Contains(unit.Code)).Select(unit => unit.Code).ToListAsync(cancellationToken);
        return wanted.Except(known).ToHashSet();
    }

    public void Add(CatalogItem item) => db.CatalogItems.Add(item);

    public void Add(FrameworkAgreement framework) => db.FrameworkAgreements.Add(framework);

    public void Record(CatalogEvent catalogEvent) => db.CatalogEvents.Add(catalogEvent);

    public void StoreImageFile(Guid imageId, byte[] content) => db.Set<CatalogItemImageFile>().Add(new CatalogItemImageFile(imageId, content));

    public void DeleteImageFile(Guid imageId) => db.Set<CatalogItemImageFile>().Remove(new CatalogItemImageFile(imageId, []));

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw new ConcurrentCatalogChangeException(conflict);
        }
    }
}
