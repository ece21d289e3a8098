using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Bids.Ports;

/// <summary>Bids, their sealed parts, receipts and drafts, for the use cases that change them.</summary>
public interface IBidRepository
{
    /// <summary>
    /// The tender, with a share lock on its row until the transaction ends (<c>SELECT … FOR SHARE</c>): bids on one
    /// tender go in side by side, while the opening's exclusive lock waits for them and then shuts them out. Null when
    /// no such tender exists.
    /// </summary>
    Task<Tender?> LockTenderForBidAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The supplier's bid for the tender, its row locked until the transaction ends; null when there is none yet.</summary>
    Task<Bid?> FindBidForUpdateAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken);

    Task<BidDraft?> FindDraftAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken);

    /// <summary>The protected content of a draft's attachment.</summary>
    Task<byte[]> DraftFileAsync(Guid attachmentId, CancellationToken cancellationToken);

    /// <summary>The database server's clock now (<c>clock_timestamp()</c>), not the transaction's start: the time a bid is received.</summary>
    Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken);

    void Add(Bid bid);

    void Add(SealedBidPart part);

    void Add(BidReceiptRecord receipt);

    void Add(BidDraft draft);

    void StoreDraftFile(Guid attachmentId, byte[] protectedContent);

    void Remove(BidDraft draft);

    Task SaveAsync(CancellationToken cancellationToken);

    Task<IBidTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}

public interface IBidTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Encrypts a draft bid for storage with the platform's data-protection keys (ASP.NET Core Data Protection), so it is not
/// plain text in the database; unlike a sealed bid, the platform can read it back to show the supplier.
/// </summary>
public interface IBidDraftProtector
{
    byte[] Protect(byte[] plaintext);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The data was not protected by this platform, or was changed.</exception>
    byte[] Unprotect(byte[] protectedData);
}
