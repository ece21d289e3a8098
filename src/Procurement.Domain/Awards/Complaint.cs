using Procurement.Domain.Files;

namespace Procurement.Domain.Awards;

/// <summary>
/// A bidder's complaint against an award decision, lodged during the standstill period (Directive 2007/66/EC: the
/// contract cannot be concluded while a review is pending). While it is open the award cannot become final. The
/// contracting authority's officers, or an administrator acting as review body, uphold it (the decision is withdrawn and
/// the evaluation reopened) or reject it, each with a reason.
/// </summary>
public sealed class Complaint
{
    public const int MaxTextLength = 10_000;
    public const int MaxReasonLength = 4_000;
    public const int MaxDocuments = 5;
    public const int MaxDocumentMegabytes = 10;
    public const int MaxDocumentBytes = MaxDocumentMegabytes * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    /// <summary>What a complaint's documents may be, recognised from their content.</summary>
    public static readonly IReadOnlyList<FileType> DocumentTypes = [FileType.Pdf, FileType.Docx, FileType.Png, FileType.Jpeg];

    private readonly List<ComplaintDocument> _documents = [];

    private Complaint()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid SupplierId { get; private set; }
    public Guid LodgedBy { get; private set; }
    public DateTimeOffset LodgedAt { get; private set; }
    public string Text { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    public IReadOnlyList<ComplaintDocument> Documents => _documents;

    public bool IsOpen => Status == ComplaintStatus.Open;

    /// <summary>
    /// Lodges a complaint by a user of <paramref name="supplierId"/>, which the caller has checked bid for the tender.
    /// Refused once the standstill has ended or the decision is withdrawn.
    /// </summary>
    public static (Complaint Complaint, AwardEvent Event) Lodge(
        AwardDecision decision, Guid supplierId, Guid by, string? text, IReadOnlyList<NewComplaintDocument> documents, DateTimeOffset now)
    {
        if (!decision.IsOpenToComplaints(now))
        {
            throw new DomainRuleException(decision.Status == AwardDecisionStatus.Standstill
                ? $"The standstill period ended on {decision.StandstillEndsAt:d MMMM yyyy HH:mm} UTC; complaints can no longer be lodged on the platform."
                : "This award decision is no longer open to complaints.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxTextLength)
        {
            throw new DomainRuleException($"Say what you complain about and why, at most {MaxTextLength:N0} characters.");
        }

        if (documents.Count > MaxDocuments)
        {
            throw new DomainRuleException($"A complaint can have at most {MaxDocuments} documents; put several in one PDF.");
        }

        var complaint = new Complaint
        {
            Id = Guid.NewGuid(),
            TenderId = decision.TenderId,
            DecisionId = decision.Id,
            SupplierId = supplierId,
            LodgedBy = by,
            LodgedAt = now,
            Text = text.Trim(),
            Status = ComplaintStatus.Open,
        };
        complaint._documents.AddRange(documents.Select(ComplaintDocument.Checked));
        return (complaint, new AwardEvent(decision.TenderId, AwardEventKind.ComplaintLodged, complaint.Id,
            $"by supplier {supplierId:D} against decision {decision.Id:D}, {complaint._documents.Count} document(s)", by, now));
    }

    public AwardEvent Uphold(string? reason, Guid by, DateTimeOffset now) => Decide(ComplaintStatus.Upheld, reason, by, now);

    public AwardEvent Reject(string? reason, Guid by, DateTimeOffset now) => Decide(ComplaintStatus.Rejected, reason, by, now);

    /// <summary>Another complaint on the same decision was upheld: the decision this one contests is withdrawn.</summary>
    public AwardEvent Lapse(Guid by, DateTimeOffset now) =>
        Decide(ComplaintStatus.Lapsed, "The award decision it contested was withdrawn after another complaint was upheld.", by, now);

    private AwardEvent Decide(ComplaintStatus outcome, string? reason, Guid by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("This complaint is already decided.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            throw new DomainRuleException($"Give the reason for the decision, at most {MaxReasonLength:N0} characters; the complainant receives it.");
        }

        Status = outcome;
        DecidedBy = by;
        DecidedAt = now;
        DecisionReason = reason.Trim();
        var kind = outcome switch
        {
            ComplaintStatus.Upheld => AwardEventKind.ComplaintUpheld,
            ComplaintStatus.Rejected => AwardEventKind.ComplaintRejected,
            _ => AwardEventKind.ComplaintLapsed,
        };
        return new AwardEvent(TenderId, kind, Id, DecisionReason, by, now);
    }
}

public enum ComplaintStatus
{
    Open,
    Upheld,
    Rejected,

    /// <summary>Closed undecided: another complaint on the same decision was upheld and the decision withdrawn.</summary>
    Lapsed,
}

/// <summary>A document as uploaded, before its content is checked.</summary>
public sealed record NewComplaintDocument(string FileName, byte[] Content);

/// <summary>A complaint's document: what it is; its bytes are stored apart (<c>complaint_document_files</c>).</summary>
public sealed class ComplaintDocument
{
    private ComplaintDocument()
    {
        FileName = ContentType = Sha256 = string.Empty;
        Content = [];
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; }

    /// <summary>The bytes, until the repository stores them apart; never loaded back with the complaint.</summary>
    public byte[] Content { get; private set; }

    internal static ComplaintDocument Checked(NewComplaintDocument document)
    {
        var name = string.IsNullOrWhiteSpace(document.FileName) ? "document" : document.FileName.Trim();
        if (document.Content.Length == 0)
        {
            throw new DomainRuleException($"{name} is empty.");
        }

        if (document.Content.Length > Complaint.MaxDocumentBytes)
        {
            throw new DomainRuleException($"{name} is larger than {Complaint.MaxDocumentMegabytes} MB.");
        }

        var type = FileType.Detect(document.Content);
        if (type is null || !Complaint.DocumentTypes.Contains(type))
        {
            throw new DomainRuleException($"{name} is not a PDF, Word (DOCX), PNG or JPEG file.");
        }

        var safeName = type.SafeFileName(name, "document");
        return new ComplaintDocument
        {
            Id = Guid.NewGuid(),
            FileName = safeName.Length > Complaint.MaxFileNameLength ? safeName[^Complaint.MaxFileNameLength..] : safeName,
            ContentType = type.ContentType,
            SizeBytes = document.Content.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document.Content)),
            Content = document.Content,
        };
    }
}
