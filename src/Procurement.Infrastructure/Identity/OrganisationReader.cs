using Microsoft.EntityFrameworkCore;
using Procurement.Application.Identity.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Reference;

namespace Procurement.Infrastructure.Identity;

internal sealed class OrganisationReader(ProcurementDbContext db) : IOrganisationReader
{
    public Task<AgencySummary?> FindAgencyAsync(Guid agencyId, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking()
            .Where(agency => agency.Id == agencyId)
            .Select(agency => new AgencySummary(agency.Name, agency.Identifier, agency.Region))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<SupplierSummary?> FindSupplierAsync(Guid supplierId, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == supplierId, cancellationToken);
        return supplier is null ? null : new SupplierSummary(supplier.LegalName, supplier.Status, supplier.CpvCodes);
    }

    public async Task<SupplierProfile?> FindVerifiedSupplierAsync(Guid supplierId, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Certificates)
            .SingleOrDefaultAsync(s => s.Id == supplierId && s.Status == VerificationStatus.Verified, cancellationToken);
        if (supplier is null)
        {
            return null;
        }

        var codes = supplier.CpvCodes.ToList();
        var labels = await db.CpvLabelsAsync(codes, cancellationToken);
        return new SupplierProfile(
            supplier.Id, supplier.LegalName, supplier.TradingName, supplier.Country, supplier.Region, supplier.Size, supplier.Description,
            codes.Select(code => (code, labels.GetValueOrDefault(code, string.Empty))).ToList(), supplier.VerifiedAt,
            supplier.Website, supplier.Address?.Town,
            supplier.Certificates.OrderBy(c => c.Name).Select(c => new PublicCertificate(c.Name, c.Issuer, c.ExpiresOn)).ToList());
    }

    public async Task<PlatformTotals> TotalsAsync(CancellationToken cancellationToken)
    {
        var suppliers = await db.Suppliers.GroupBy(s => s.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Status, row => row.Count, cancellationToken);
        return new PlatformTotals(
            await db.Agencies.CountAsync(cancellationToken),
            await db.Users.CountAsync(cancellationToken),
            suppliers);
    }
}
