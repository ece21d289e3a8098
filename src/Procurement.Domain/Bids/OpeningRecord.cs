using Procurement.Domain.Audit;

namespace Procurement.Domain.Bids;

/// <summary>How a sealed bid came out of the opening: read, or why not. A failure is recorded and shown, never dropped.</summary>
public enum BidIntegrity
{
    Intact,

    /// <summary>The ciphertext's SHA-256 is not the one recorded and signed on the receipt.</summary>
    HashMismatch,

    /// <summary>The part was not sealed to this tender's key, or its key material was changed.</summary>
    WrongKey,

    /// <summary>The authentication tag does not verify: ciphertext, nonce or bound tender, supplier, bid or version changed.</summary>
    AuthenticationFailed,

    /// <summary>A stored field has an impossible length or format, or the decrypted content is not a bid.</summary>
    Malformed,

    /// <summary>An attachment decrypted, but its content is not the file the sealed bid lists (size or SHA-256).</summary>
    AttachmentMismatch,

    /// <summary>A part the bid lists is missing from the database.</summary>
    PartMissing,
}

/// <summary>
/// The record of a tender's opening: when, with which key, and for every bid in at the deadline its bidder, receipt time,
/// ciphertext hash, integrity and prices. Written once, in the transaction that moves the tender to Opened.
/// </summary>
public sealed class OpeningRecord : IAuditedEvent
{
    private readonly List<OpenedBid> _bids = [];

    private OpeningRecord()
    {
        KeyFingerprint = string.Empty;
    }

    public OpeningRecord(Guid tenderId, DateTimeOffset openedAt, string keyFingerprint, int withdrawnBids, IEnumerable<OpenedBid> bids)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        OpenedAt = openedAt;
        KeyFingerprint = keyFingerprint;
        WithdrawnBids = withdrawnBids;
        _bids.AddRange(bids.OrderBy(bid => bid.ReceivedAt).ThenBy(bid => bid.BidId));
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }

    /// <summary>The database time of the opening transaction.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The fingerprint of the tender key the bids were sealed to, as published on the tender page.</summary>
    public string KeyFingerprint { get; private set; }

    /// <summary>Bids taken back before the deadline: counted, never opened.</summary>
    public int WithdrawnBids { get; private set; }

    /// <summary>In the order received.</summary>
    public IReadOnlyList<OpenedBid> Bids => _bids;

    string IAuditedEvent.AuditSubject => $"tender:{TenderId:D}";

    string IAuditedEvent.AuditAction => "tender.opening_recorded";

    Guid IAuditedEvent.AuditActor => Guid.Empty;

    DateTimeOffset IAuditedEvent.AuditAt => OpenedAt;

    string? IAuditedEvent.AuditDetail =>
        $"{_bids.Count} bids opened ({_bids.Count(b => b.Integrity != BidIntegrity.Intact)} failed integrity), {WithdrawnBids} withdrawn, key {KeyFingerprint}; " +
        string.Join("; ", _bids.Select(b => $"bid {b.BidId:D} v{b.Version} {b.CiphertextSha256} {b.Integrity}"));
}

/// <summary>One bid as opened: who, when it came in, the hash on its receipt, the integrity result and, if read, what it offers.</summary>
public sealed class OpenedBid
{
    private readonly List<OpenedLotOffer> _lots = [];
    private readonly List<OpenedAttachment> _attachments = [];

    private OpenedBid()
    {
        SupplierName = CiphertextSha256 = string.Empty;
    }

    public OpenedBid(Guid bidId, Guid supplierId, string supplierName, int version, DateTimeOffset receivedAt, string ciphertextSha256, BidIntegrity integrity, string? integrityDetail)
    {
        Id = Guid.NewGuid();
        BidId = bidId;
        SupplierId = supplierId;
        SupplierName = supplierName;
        Version = version;
        ReceivedAt = receivedAt;
        CiphertextSha256 = ciphertextSha256;
        Integrity = integrity;
        IntegrityDetail = integrityDetail;
    }

    public Guid Id { get; private set; }
    public Guid BidId { get; private set; }
    public Guid SupplierId { get; private set; }

    /// <summary>The supplier's legal name at the opening.</summary>
    public string SupplierName { get; private set; }

    public int Version { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The SHA-256 of the sealed bid part, as on the supplier's receipt.</summary>
    public string CiphertextSha256 { get; private set; }

    public BidIntegrity Integrity { get; private set; }

    /// <summary>Which part failed and how, when <see cref="Integrity"/> is not <see cref="BidIntegrity.Intact"/>.</summary>
    public string? IntegrityDetail { get; private set; }

    /// <summary>The offers per lot; empty when the bid could not be read.</summary>
    public IReadOnlyList<OpenedLotOffer> Lots => _lots;

    public IReadOnlyList<OpenedAttachment> Attachments => _attachments;

    public void Read(BidContent content, Tenders.Tender tender, IEnumerable<OpenedAttachment> attachments)
    {
        foreach (var offer in content.OfferedLots)
        {
            var lot = tender.Lots.Single(l => l.Number == offer.LotNumber);
            _lots.Add(new OpenedLotOffer(offer.LotNumber, new Money(offer.Price!.Value, lot.EstimatedValue.Currency), offer.ValidityDays ?? 0, offer.Notes));
        }

        _attachments.AddRange(attachments);
    }
}

/// <summary>A lot's offer as opened.</summary>
public sealed class OpenedLotOffer
{
    private OpenedLotOffer()
    {
        Price = new Money(0, "GBP");
    }

    public OpenedLotOffer(int lotNumber, Money price, int validityDays, string? notes)
    {
        LotNumber = lotNumber;
        Price = price;
        ValidityDays = validityDays;
        Notes = notes;
    }

    public int LotNumber { get; private set; }
    public Money Price { get; private set; }
    public int ValidityDays { get; private set; }
    public string? Notes { get; private set; }
}

/// <summary>An attachment as opened: its listed name and type and whether its content matched; the content is stored apart.</summary>
public sealed class OpenedAttachment
{
    private OpenedAttachment()
    {
        FileName = ContentType = Sha256 = string.Empty;
    }

    public OpenedAttachment(int number, string fileName, string contentType, long size, string sha256, BidIntegrity integrity)
    {
        Id = Guid.NewGuid();
        Number = number;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        Integrity = integrity;
    }

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; }
    public BidIntegrity Integrity { get; private set; }
}
