using Procurement.Domain.Awards;

namespace Procurement.Application.Awards.Ports;

/// <summary>
/// Award decisions, complaints and contracts, for the use cases that change them. Shares the tender repository's unit
/// of work and transaction: what is added here is written by the tender repository's next save.
/// </summary>
public interface IAwardRepository
{
    /// <summary>The database server's clock now (<c>clock_timestamp()</c>).</summary>
    Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken);

    /// <summary>The tender's decision in its standstill period (not superseded, not final), tracked; null when none.</summary>
    Task<AwardDecision?> StandingAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>Every decision of the tender, newest round first (superseded ones included), tracked.</summary>
    Task<IReadOnlyList<AwardDecision>> DecisionsAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>Every complaint on the tender, oldest first, tracked (without document contents).</summary>
    Task<IReadOnlyList<Complaint>> ComplaintsAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The tender's contracts, by lot, tracked.</summary>
    Task<IReadOnlyList<Contract>> ContractsAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The suppliers with a bid in the tender's opening (submitted, not withdrawn).</summary>
    Task<IReadOnlyList<Guid>> BiddersAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>Tenders in their standstill period whose end has passed by the database clock, oldest end first.</summary>
    Task<IReadOnlyList<Guid>> TendersDueForFinalisingAsync(CancellationToken cancellationToken);

    /// <summary>Open complaints on every tender, oldest first, for the review body (administrators).</summary>
    Task<IReadOnlyList<OpenComplaint>> OpenComplaintsAsync(CancellationToken cancellationToken);

    void Add(AwardDecision decision);

    /// <summary>Adds the complaint and stores its documents' contents apart.</summary>
    void Add(Complaint complaint);

    void Add(Contract contract);

    void Record(AwardEvent awardEvent);

    /// <summary>Keeps the signed contract PDF (replacing an earlier one); written by the next save.</summary>
    Task StoreContractDocumentAsync(Guid contractId, byte[] content, CancellationToken cancellationToken);

    Task<AwardFile?> ComplaintDocumentAsync(Guid complaintId, Guid documentId, CancellationToken cancellationToken);

    Task<AwardFile?> ContractDocumentAsync(Guid contractId, CancellationToken cancellationToken);
}

public sealed record OpenComplaint(Guid ComplaintId, Guid TenderId, string TenderReference, string TenderTitle, Guid SupplierId, string SupplierName, DateTimeOffset LodgedAt, DateTimeOffset StandstillEndsAt);

public sealed record AwardFile(string FileName, string ContentType, byte[] Content);
