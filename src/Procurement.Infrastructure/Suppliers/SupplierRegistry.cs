using Microsoft.EntityFrameworkCore;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Suppliers;

internal sealed class SupplierRegistry(ProcurementDbContext db) : ISupplierRegistry
{
    public Task<Supplier?> FindAsync(Guid supplierId, CancellationToken cancellationToken) =>
        db.Suppliers.Include(supplier => supplier.Certificates).SingleOrDefaultAsync(supplier => supplier.Id == supplierId, cancellationToken);

    public void StoreCertificateFile(Guid certificateId, byte[] content) => db.Set<SupplierCertificateFile>().Add(new SupplierCertificateFile(certificateId, content));

    public async Task<CertificateDownload?> CertificateFileAsync(Guid supplierId, Guid certificateId, CancellationToken cancellationToken)
    {
        var found = await (
                from certificate in db.Set<SupplierCertificate>()
                join file in db.Set<SupplierCertificateFile>() on certificate.Id equals file.CertificateId
                where certificate.Id == certificateId && EF.Property<Guid>(certificate, "supplier_id") == supplierId
                select new { certificate.FileName, certificate.ContentType, file.Content })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new CertificateDownload(found.FileName, found.ContentType, found.Content);
    }

    public async Task<IReadOnlyList<IdentityChangeRequest>> IdentityChangesAsync(CancellationToken cancellationToken) =>
        await db.Suppliers.AsNoTracking()
            .Where(supplier => supplier.PendingIdentityChange != null)
            .OrderBy(supplier => supplier.PendingIdentityChange!.RequestedAt)
            .Select(supplier => new IdentityChangeRequest(supplier.Id, supplier.LegalName, supplier.PendingIdentityChange!.LegalName, supplier.PendingIdentityChange.RequestedAt))
            .ToListAsync(cancellationToken);

    public void Record(SupplierDecision decision) => db.SupplierDecisions.Add(decision);

    // One SaveChanges is one transaction: the supplier, its decisions and its search outbox entry commit together.
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> UnknownCpvCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var known = await db.CpvCodes.Where(cpv => codes.Contains(cpv.Code)).Select(cpv => cpv.Code).ToListAsync(cancellationToken);
        return codes.Except(known).ToList();
    }

    public async Task<IReadOnlyList<Guid>> UserIdsAsync(Guid supplierId, CancellationToken cancellationToken) =>
        await db.Users.Where(user => user.SupplierId == supplierId).Select(user => user.Id).ToListAsync(cancellationToken);

    public async Task<ILookup<Guid, Guid>> UserIdsBySupplierAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken) =>
        (await db.Users
            .Where(user => user.SupplierId != null && supplierIds.Contains(user.SupplierId.Value))
            .Select(user => new { SupplierId = user.SupplierId!.Value, user.Id })
            .ToListAsync(cancellationToken))
        .ToLookup(user => user.SupplierId, user => user.Id);

    public async Task<IReadOnlyList<string>> SubscriberEmailsAsync(IReadOnlyList<string> cpvCodes, CancellationToken cancellationToken)
    {
        var codes = cpvCodes.ToArray();
        var subscribers = db.Suppliers.FromSql(
            $"""
            SELECT * FROM suppliers s
            WHERE s.status = 'Verified'
              AND EXISTS (SELECT 1 FROM unnest(s.subscribed_cpv_prefixes) AS p, unnest({codes}::text[]) AS c WHERE c LIKE p || '%')
            """);
        return await db.Users
            .Where(user => user.EmailConfirmed && user.Email != null && subscribers.Any(s => s.Id == user.SupplierId))
            .Select(user => user.Email!)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PendingSupplier>> PendingAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Suppliers.AsNoTracking()
            .Where(supplier => supplier.Status == VerificationStatus.PendingVerification)
            .Select(supplier => new
            {
                supplier.Id,
                supplier.LegalName,
                supplier.Region,
                SubmittedAt = db.SupplierDecisions
                    .Where(d => d.SupplierId == supplier.Id && d.Kind == SupplierDecisionKind.Submitted)
                    .Max(d => (DateTimeOffset?)d.DecidedAt),
            })
            .OrderBy(row => row.SubmittedAt)
            .ToListAsync(cancellationToken);
        return rows.Select(row => new PendingSupplier(row.Id, row.LegalName, row.Region, row.SubmittedAt ?? DateTimeOffset.MinValue)).ToList();
    }

    public async Task<IReadOnlyList<SuspendedSupplier>> SuspendedAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Suppliers.AsNoTracking()
            .Where(supplier => supplier.Status == VerificationStatus.Suspended)
            .OrderBy(supplier => supplier.LegalName)
            .Select(supplier => new { supplier.Id, supplier.LegalName, supplier.SuspensionReason, supplier.SuspendedUntil })
            .ToListAsync(cancellationToken);
        return rows.Select(row => new SuspendedSupplier(row.Id, row.LegalName, row.SuspensionReason ?? string.Empty, row.SuspendedUntil)).ToList();
    }

    public async Task<IReadOnlyList<Guid>> DebarmentsOverAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.Suppliers.AsNoTracking()
            .Where(supplier => supplier.Status == VerificationStatus.Suspended && supplier.SuspendedUntil != null && supplier.SuspendedUntil <= at)
            .OrderBy(supplier => supplier.SuspendedUntil)
            .Select(supplier => supplier.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SupplierDecision>> HistoryAsync(Guid supplierId, CancellationToken cancellationToken) =>
        await db.SupplierDecisions.AsNoTracking().Where(d => d.SupplierId == supplierId).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken);
}
