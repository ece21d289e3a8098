using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Tenders;

internal sealed class TenderRepository(ProcurementDbContext db) : ITenderRepository
{
    public Task<Tender?> FindAsync(Guid tenderId, CancellationToken cancellationToken) =>
        db.Tenders.Include(tender => tender.Documents).SingleOrDefaultAsync(tender => tender.Id == tenderId, cancellationToken);

    public async Task<Tender?> FindForUpdateAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Lock a tender inside a transaction.");
        }

        var locked = await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM tenders WHERE id = {tenderId} FOR UPDATE").ToListAsync(cancellationToken);
        return locked.Count == 0 ? null : await FindAsync(tenderId, cancellationToken);
    }

    public void Add(Tender tender) => db.Tenders.Add(tender);

    public void Record(TenderEvent tenderEvent) => db.TenderEvents.Add(tenderEvent);

    public void Record(TenderVersion version) => db.TenderVersions.Add(version);

    public void StoreDocumentFile(Guid documentId, byte[] content) => db.Set<TenderDocumentFile>().Add(new TenderDocumentFile(documentId, content));

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task<ITenderTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(await db.Database.BeginTransactionAsync(cancellationToken));

    public Task<DateTimeOffset> DatabaseNowAsync(CancellationToken cancellationToken) => db.Database.TransactionTimestampAsync(cancellationToken);

    public async Task<long> NextReferenceNumberAsync(CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<long>($"SELECT nextval('{TenderConfiguration.ReferenceSequence}') AS \"Value\"").ToListAsync(cancellationToken)).Single();

    public async Task<IReadOnlyList<string>> UnknownCpvCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var known = await db.CpvCodes.Where(cpv => codes.Contains(cpv.Code)).Select(cpv => cpv.Code).ToListAsync(cancellationToken);
        return codes.Except(known).ToList();
    }

    public async Task<IReadOnlyList<string>> UnknownUnitCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var known = await db.UnitsOfMeasure.Where(unit => codes.Contains(unit.Code)).Select(unit => unit.Code).ToListAsync(cancellationToken);
        return codes.Except(known).ToList();
    }

    public async Task<string> AgencyNameAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await db.Agencies.Where(agency => agency.Id == agencyId).Select(agency => agency.Name).SingleAsync(cancellationToken);

    private sealed class Transaction(IDbContextTransaction transaction) : ITenderTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
