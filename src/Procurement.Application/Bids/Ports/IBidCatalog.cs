using Procurement.Domain.Bids;

namespace Procurement.Application.Bids.Ports;

/// <summary>Reads of bids for pages: never a bid's content, which exists only sealed until the opening.</summary>
public interface IBidCatalog
{
    /// <summary>How many bids are in (submitted and not withdrawn): public before the deadline, never who.</summary>
    Task<int> SealedBidCountAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The supplier's own bid and its receipts, newest first; null when it never submitted one.</summary>
    Task<SupplierBid?> SupplierBidAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken);

    /// <summary>The receipt file, if it is one of this supplier's receipts for this tender.</summary>
    Task<string?> ReceiptFileAsync(Guid tenderId, Guid supplierId, Guid receiptId, CancellationToken cancellationToken);

    /// <summary>The opening record with every opened bid, its lots and attachments; null before the opening.</summary>
    Task<OpeningRecord?> OpeningRecordAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>An opened attachment's file, if it belongs to this tender's opening record.</summary>
    Task<OpenedFile?> OpenedAttachmentAsync(Guid tenderId, Guid openedAttachmentId, CancellationToken cancellationToken);
}

public sealed record SupplierBid(Bid Bid, IReadOnlyList<ReceiptSummary> Receipts);

/// <param name="BidPartSha256">The sealed bid's SHA-256; empty for a withdrawal.</param>
public sealed record ReceiptSummary(Guid Id, BidChange Kind, int Version, DateTimeOffset ReceivedAt, string BidPartSha256);

public sealed record OpenedFile(string FileName, string ContentType, byte[] Content);
