using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Procurement.Application.Bids.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Bids;

internal sealed class BidRepository(ProcurementDbContext db) : IBidRepository
{
    public async Task<Tender?> LockTenderForBidAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        RequireTransaction();
        var locked = await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM tenders WHERE id = {tenderId} FOR SHARE").ToListAsync(cancellationToken);
        return locked.Count == 0 ? null : await db.Tenders.AsNoTracking().SingleAsync(tender => tender.Id == tenderId, cancellationToken);
    }

    public async Task<Bid?> FindBidForUpdateAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken)
    {
        RequireTransaction();
        return await db.Bids
            .FromSql($"SELECT * FROM bids WHERE tender_id = {tenderId} AND supplier_id = {supplierId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<BidDraft?> FindDraftAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken) =>
        db.BidDrafts.Include(draft => draft.Attachments).SingleOrDefaultAsync(draft => draft.TenderId == tenderId && draft.SupplierId == supplierId, cancellationToken);

    public async Task<byte[]> DraftFileAsync(Guid attachmentId, CancellationToken cancellationToken) =>
        await db.Set<BidDraftFile>().Where(file => file.AttachmentId == attachmentId).Select(file => file.ProtectedContent).SingleAsync(cancellationToken);

    public Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken) => db.Database.ClockTimestampAsync(cancellationToken);

    public void Add(Bid bid) => db.Bids.Add(bid);

    public void Add(SealedBidPart part) => db.Set<SealedBidPart>().Add(part);

    public void Add(BidReceiptRecord receipt) => db.Set<BidReceiptRecord>().Add(receipt);

    public void Add(BidDraft draft) => db.BidDrafts.Add(draft);

    public void StoreDraftFile(Guid attachmentId, byte[] protectedContent) => db.Set<BidDraftFile>().Add(new BidDraftFile(attachmentId, protectedContent));

    public void Remove(BidDraft draft) => db.BidDrafts.Remove(draft);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task<IBidTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(await db.Database.BeginTransactionAsync(cancellationToken));

    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Lock rows inside a transaction.");
        }
    }

    private sealed class Transaction(IDbContextTransaction transaction) : IBidTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
