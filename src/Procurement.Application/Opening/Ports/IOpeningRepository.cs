using Procurement.Domain.Bids;

namespace Procurement.Application.Opening.Ports;

/// <summary>What the opening reads and writes besides the tender; shares the tender repository's unit of work and transaction.</summary>
public interface IOpeningRepository
{
    /// <summary>The database server's clock now (<c>clock_timestamp()</c>).</summary>
    Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken);

    /// <summary>Every bid of the tender that is in (not withdrawn), with its bidder's legal name and the sealed parts of its latest version.</summary>
    Task<IReadOnlyList<BidToOpen>> BidsToOpenAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>Published tenders whose submission deadline has passed by the database clock, oldest deadline first.</summary>
    Task<IReadOnlyList<Guid>> TendersDueForOpeningAsync(CancellationToken cancellationToken);

    Task<int> WithdrawnBidCountAsync(Guid tenderId, CancellationToken cancellationToken);

    void Add(OpeningRecord record);

    /// <summary>Keeps an opened attachment's content, stored apart from the record and written with it.</summary>
    void StoreOpenedFile(Guid openedAttachmentId, byte[] content);
}

public sealed record BidToOpen(Bid Bid, string SupplierName, IReadOnlyList<SealedBidPart> Parts);
