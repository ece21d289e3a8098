using Procurement.Domain.Audit;

namespace Procurement.Domain.Bids;

/// <summary>
/// A signed receipt the platform gave for a submission, replacement or withdrawal: kept so the supplier can download it
/// again, and written to the audit log. <see cref="FileText"/> is the receipt file, signature included.
/// </summary>
public sealed class BidReceiptRecord : IAuditedEvent
{
    private BidReceiptRecord()
    {
        SigningKeyId = FileText = BidPartSha256 = string.Empty;
    }

    public BidReceiptRecord(Guid bidId, Guid tenderId, Guid supplierId, int version, BidChange kind, DateTimeOffset receivedAt, Guid by, string bidPartSha256, string signingKeyId, string fileText)
    {
        Id = Guid.NewGuid();
        BidId = bidId;
        TenderId = tenderId;
        SupplierId = supplierId;
        Version = version;
        Kind = kind;
        ReceivedAt = receivedAt;
        By = by;
        BidPartSha256 = bidPartSha256;
        SigningKeyId = signingKeyId;
        FileText = fileText;
    }

    public Guid Id { get; private set; }
    public Guid BidId { get; private set; }
    public Guid TenderId { get; private set; }
    public Guid SupplierId { get; private set; }
    public int Version { get; private set; }
    public BidChange Kind { get; private set; }

    /// <summary>The database time the change was accepted, as signed.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The supplier's user who made the change.</summary>
    public Guid By { get; private set; }

    /// <summary>The SHA-256 of the sealed bid part's ciphertext (empty for a withdrawal), as on the receipt and the opening record.</summary>
    public string BidPartSha256 { get; private set; }

    public string SigningKeyId { get; private set; }
    public string FileText { get; private set; }

    string IAuditedEvent.AuditSubject => $"bid:{BidId:D}";

    string IAuditedEvent.AuditAction => $"bid.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => By;

    DateTimeOffset IAuditedEvent.AuditAt => ReceivedAt;

    string? IAuditedEvent.AuditDetail =>
        Kind == BidChange.Withdrawn ? $"tender {TenderId:D}, version {Version} withdrawn" : $"tender {TenderId:D}, version {Version}, sealed bid SHA-256 {BidPartSha256}";
}
