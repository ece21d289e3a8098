namespace Procurement.Domain.Bids;

/// <summary>
/// A supplier's unsubmitted bid, so work is not lost between visits. It is not a bid: it is never opened or shown to the
/// buyer. Its content is stored encrypted with the platform's data-protection keys, so it is not plain text in the
/// database, but the platform can read it (to show it back to the supplier); submitting seals it and deletes it.
/// </summary>
public sealed class BidDraft
{
    private readonly List<BidDraftAttachment> _attachments = [];

    private BidDraft()
    {
        ProtectedContent = [];
    }

    public BidDraft(Guid tenderId, Guid supplierId, byte[] protectedContent, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        SupplierId = supplierId;
        ProtectedContent = protectedContent;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public Guid SupplierId { get; private set; }

    /// <summary>The lot offers, protected (encrypted and authenticated) by the platform.</summary>
    public byte[] ProtectedContent { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<BidDraftAttachment> Attachments => _attachments;

    public void Update(byte[] protectedContent, DateTimeOffset now)
    {
        ProtectedContent = protectedContent;
        UpdatedAt = now;
    }

    /// <summary>Lists a new attachment; its protected content is stored beside it, by its id.</summary>
    public BidDraftAttachment Attach(byte[] protectedName, long size, DateTimeOffset now)
    {
        if (_attachments.Count >= BidRules.MaxAttachments)
        {
            throw new DomainRuleException($"A bid can have at most {BidRules.MaxAttachments} attachments; remove one first, or put several in a ZIP file.");
        }

        var attachment = new BidDraftAttachment(Id, _attachments.Count == 0 ? 1 : _attachments.Max(a => a.Number) + 1, protectedName, size, now);
        _attachments.Add(attachment);
        UpdatedAt = now;
        return attachment;
    }

    public void Detach(Guid attachmentId, DateTimeOffset now)
    {
        var attachment = _attachments.SingleOrDefault(a => a.Id == attachmentId)
            ?? throw new DomainRuleException("This attachment is not part of your draft any more.");
        _attachments.Remove(attachment);
        UpdatedAt = now;
    }
}

/// <summary>A file added to a draft bid: its protected name and size; the protected content is stored apart, loaded only to submit.</summary>
public sealed class BidDraftAttachment
{
    private BidDraftAttachment()
    {
        ProtectedName = [];
    }

    internal BidDraftAttachment(Guid draftId, int number, byte[] protectedName, long size, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        DraftId = draftId;
        Number = number;
        ProtectedName = protectedName;
        Size = size;
        AddedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DraftId { get; private set; }
    public int Number { get; private set; }
    public byte[] ProtectedName { get; private set; }
    public long Size { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
}
