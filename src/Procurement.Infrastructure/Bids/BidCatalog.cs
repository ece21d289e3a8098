using Microsoft.EntityFrameworkCore;
using Procurement.Application.Bids.Ports;
using Procurement.Domain.Bids;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Bids;

internal sealed class BidCatalog(ProcurementDbContext db) : IBidCatalog
{
    public Task<int> SealedBidCountAsync(Guid tenderId, CancellationToken cancellationToken) =>
        db.Bids.CountAsync(bid => bid.TenderId == tenderId && bid.Status == BidStatus.Submitted, cancellationToken);

    public async Task<SupplierBid?> SupplierBidAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken)
    {
        var bid = await db.Bids.AsNoTracking().SingleOrDefaultAsync(b => b.TenderId == tenderId && b.SupplierId == supplierId, cancellationToken);
        if (bid is null)
        {
            return null;
        }

        var receipts = await db.Set<BidReceiptRecord>().AsNoTracking()
            .Where(receipt => receipt.BidId == bid.Id)
            .OrderByDescending(receipt => receipt.ReceivedAt)
            .Select(receipt => new ReceiptSummary(receipt.Id, receipt.Kind, receipt.Version, receipt.ReceivedAt, receipt.BidPartSha256))
            .ToListAsync(cancellationToken);
        return new SupplierBid(bid, receipts);
    }

    public Task<string?> ReceiptFileAsync(Guid tenderId, Guid supplierId, Guid receiptId, CancellationToken cancellationToken) =>
        db.Set<BidReceiptRecord>()
            .Where(receipt => receipt.Id == receiptId && receipt.TenderId == tenderId && receipt.SupplierId == supplierId)
            .Select(receipt => receipt.FileText)
            .SingleOrDefaultAsync(cancellationToken);

    public Task<OpeningRecord?> OpeningRecordAsync(Guid tenderId, CancellationToken cancellationToken) =>
        db.OpeningRecords.AsNoTracking()
            .Include(record => record.Bids).ThenInclude(bid => bid.Attachments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(record => record.TenderId == tenderId, cancellationToken);

    public async Task<OpenedFile?> OpenedAttachmentAsync(Guid tenderId, Guid openedAttachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.OpeningRecords
            .Where(record => record.TenderId == tenderId)
            .SelectMany(record => record.Bids)
            .SelectMany(bid => bid.Attachments)
            .Where(a => a.Id == openedAttachmentId)
            .Select(a => new { a.FileName, a.ContentType })
            .SingleOrDefaultAsync(cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var content = await db.Set<OpenedAttachmentFile>().Where(file => file.AttachmentId == openedAttachmentId).Select(file => file.Content).SingleOrDefaultAsync(cancellationToken);
        return content is null ? null : new OpenedFile(attachment.FileName, attachment.ContentType, content);
    }
}
