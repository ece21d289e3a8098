using Microsoft.EntityFrameworkCore;
using Procurement.Application.Opening.Ports;
using Procurement.Domain.Bids;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Bids;

internal sealed class OpeningRepository(ProcurementDbContext db) : IOpeningRepository
{
    public Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken) => db.Database.ClockTimestampAsync(cancellationToken);

    public async Task<IReadOnlyList<BidToOpen>> BidsToOpenAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        var bids = await db.Bids.AsNoTracking()
            .Where(bid => bid.TenderId == tenderId && bid.Status == BidStatus.Submitted)
            .Join(db.Suppliers, bid => bid.SupplierId, supplier => supplier.Id, (bid, supplier) => new { Bid = bid, supplier.LegalName })
            .ToListAsync(cancellationToken);
        var parts = await db.Set<SealedBidPart>().AsNoTracking()
            .Where(part => db.Bids.Any(bid => bid.Id == part.BidId && bid.Version == part.Version && bid.TenderId == tenderId && bid.Status == BidStatus.Submitted))
            .ToListAsync(cancellationToken);
        var partsByBid = parts.ToLookup(part => part.BidId);
        return [.. bids.Select(b => new BidToOpen(b.Bid, b.LegalName, [.. partsByBid[b.Bid.Id]]))];
    }

    public async Task<IReadOnlyList<Guid>> TendersDueForOpeningAsync(CancellationToken cancellationToken) =>
        await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM tenders WHERE status = 'Published' AND submission_deadline <= now() ORDER BY submission_deadline")
            .ToListAsync(cancellationToken);

    public Task<int> WithdrawnBidCountAsync(Guid tenderId, CancellationToken cancellationToken) =>
        db.Bids.CountAsync(bid => bid.TenderId == tenderId && bid.Status == BidStatus.Withdrawn, cancellationToken);

    public void Add(OpeningRecord record) => db.OpeningRecords.Add(record);

    public void StoreOpenedFile(Guid openedAttachmentId, byte[] content) => db.Set<OpenedAttachmentFile>().Add(new OpenedAttachmentFile(openedAttachmentId, content));
}
