using System.Globalization;

namespace Procurement.Domain.Tenders;

/// <summary>The publication rules set by configuration.</summary>
/// <param name="MinimumSubmissionDays">
/// The least number of days between publication and the submission deadline, unless a justification is recorded
/// (Directive 2014/24/EU Article 27: 35 days for an open procedure, shortened for urgency or with a prior notice).
/// </param>
/// <param name="MinimumDaysAfterMaterialAmendment">
/// The least number of days left before the submission deadline after a material amendment, so that suppliers can take
/// it into account (Directive 2014/24/EU Article 47(3): time limits are extended when significant changes are made).
/// </param>
public sealed record TenderRules(int MinimumSubmissionDays = 10, int MinimumDaysAfterMaterialAmendment = 6);

/// <summary>
/// A call for tenders of one agency: its details, lots and award criteria, its documents, and its life from draft to
/// publication (now or at a set time) or cancellation. Bids and their opening build on it.
/// </summary>
public sealed partial class Tender
{
    public const int MaxDocuments = 30;
    public const int MaxCancellationReasonLength = 2_000;

    private readonly List<Lot> _lots = [];
    private readonly List<AwardCriterion> _criteria = [];
    private readonly List<TenderDocument> _documents = [];

    private Tender()
    {
        Title = Description = string.Empty;
    }

    private Tender(Guid agencyId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        AgencyId = agencyId;
        Title = Description = string.Empty;
        Status = TenderStatus.Draft;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }

    /// <summary><c>PRC-2026-000123</c>, given at publication; null before.</summary>
    public string? Reference { get; private set; }

    /// <summary>The OCDS Open Contracting ID, given at publication.</summary>
    public string? Ocid { get; private set; }

    public string Title { get; private set; }
    public string Description { get; private set; }
    public ProcurementProcedure Procedure { get; private set; }
    public EvaluationMethod EvaluationMethod { get; private set; }
    public DateTimeOffset ClarificationDeadline { get; private set; }
    public DateTimeOffset SubmissionDeadline { get; private set; }
    public string? ShortPeriodJustification { get; private set; }
    public TenderStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ScheduledPublicationAt { get; private set; }

    /// <summary>The database server's time of the publishing transaction.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Shown publicly once cancelled.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>Created at publication; null for drafts.</summary>
    public OpeningKey? OpeningKey { get; private set; }

    public IReadOnlyList<Lot> Lots => _lots;
    public IReadOnlyList<AwardCriterion> Criteria => _criteria;
    public IReadOnlyCollection<TenderDocument> Documents => _documents;

    /// <summary>The distinct CPV codes of the lots, for alerts and filters.</summary>
    public IReadOnlyList<string> CpvCodes => _lots.Select(lot => lot.CpvCode).Distinct().ToList();

    public bool IsPublic => (Status is TenderStatus.Published or TenderStatus.Cancelled || IsOpened) && Reference is not null;

    /// <summary>The stages at and after the opening, for queries (<see cref="IsOpened"/> in memory).</summary>
    public static readonly IReadOnlyList<TenderStatus> OpenedStatuses =
        [TenderStatus.Opened, TenderStatus.Evaluation, TenderStatus.Standstill, TenderStatus.Awarded, TenderStatus.Unsuccessful];

    /// <summary>The database time the bids were opened.</summary>
    public DateTimeOffset? OpenedAt { get; private set; }

    /// <summary>Published and before its submission deadline.</summary>
    public bool IsOpenForBids(DateTimeOffset now) => Status == TenderStatus.Published && now < SubmissionDeadline;

    public static (Tender Tender, TenderEvent Event) Draft(Guid agencyId, TenderDetails details, Guid by, DateTimeOffset now)
    {
        var tender = new Tender(agencyId, now);
        tender.Apply(details, now);
        return (tender, new TenderEvent(tender.Id, TenderEventKind.DraftCreated, tender.Title, by, now));
    }

    public TenderDetails ToDetails() => new(
        Title, Description, Procedure, EvaluationMethod, ClarificationDeadline, SubmissionDeadline, ShortPeriodJustification,
        _lots.Select(lot => lot.ToDetails()).ToList(),
        _criteria.FirstOrDefault(c => c.IsPrice)?.Weight,
        _criteria.Where(c => !c.IsPrice).Select(c => new CriterionDetails(c.Name, c.Weight)).ToList());

    public TenderEvent Edit(TenderDetails details, Guid by, DateTimeOffset now)
    {
        EnsureDraft("edited");
        Apply(details, now);
        return new TenderEvent(Id, TenderEventKind.DraftEdited, null, by, now);
    }

    public TenderEvent AddDocument(TenderDocument document, Guid by, DateTimeOffset now)
    {
        EnsureDraft("given new documents");
        if (_documents.Count >= MaxDocuments)
        {
            throw new DomainRuleException($"A tender can have at most {MaxDocuments} documents; remove one first, or put several in a ZIP file.");
        }

        _documents.Add(document);
        return new TenderEvent(Id, TenderEventKind.DocumentAdded, $"{document.Title} ({document.FileName}, SHA-256 {document.Sha256})", by, now);
    }

    public TenderEvent RemoveDocument(Guid documentId, Guid by, DateTimeOffset now)
    {
        EnsureDraft("have documents removed");
        var document = _documents.SingleOrDefault(d => d.Id == documentId)
            ?? throw new DomainRuleException("This document is not part of the tender any more.");
        _documents.Remove(document);
        return new TenderEvent(Id, TenderEventKind.DocumentRemoved, $"{document.Title} ({document.FileName})", by, now);
    }

    /// <summary>What stops publication at <paramref name="publishAt"/>, by field; empty when the tender can be published then.</summary>
    public IReadOnlyList<(string Field, string Message)> PublicationProblems(DateTimeOffset publishAt, TenderRules rules)
    {
        var problems = ToDetails().Problems(publishAt).ToList();
        var minimum = publishAt.AddDays(rules.MinimumSubmissionDays);
        if (problems.Count == 0 && SubmissionDeadline < minimum && string.IsNullOrWhiteSpace(ShortPeriodJustification))
        {
            var days = (SubmissionDeadline - publishAt).TotalDays;
            problems.Add((nameof(SubmissionDeadline), string.Create(CultureInfo.InvariantCulture,
                $"The submission deadline is only {days:0.#} days after publication; the minimum is {rules.MinimumSubmissionDays} days. " +
                $"Move it to {minimum:d MMMM yyyy HH:mm} UTC or later, or record why a shorter period is justified (for example a duly substantiated urgency).")));
        }

        return problems;
    }

    public TenderEvent SchedulePublication(DateTimeOffset at, TenderRules rules, Guid by, DateTimeOffset now)
    {
        EnsureDraft("scheduled");
        if (at <= now)
        {
            throw new DomainRuleException("The publication time must be in the future; to publish at once, choose Publish now.");
        }

        EnsurePublishable(at, rules);
        Status = TenderStatus.Scheduled;
        ScheduledPublicationAt = at;
        return new TenderEvent(Id, TenderEventKind.PublicationScheduled, at.ToString("O", CultureInfo.InvariantCulture), by, now);
    }

    /// <summary>Takes a scheduled tender back to draft, so it can be edited.</summary>
    public TenderEvent Unschedule(Guid by, DateTimeOffset now)
    {
        if (Status != TenderStatus.Scheduled)
        {
            throw new DomainRuleException("This tender is not scheduled for publication.");
        }

        Status = TenderStatus.Draft;
        ScheduledPublicationAt = null;
        return new TenderEvent(Id, TenderEventKind.PublicationUnscheduled, null, by, now);
    }

    /// <summary>A scheduled publication that found the tender invalid at its time: back to draft, with the reason recorded.</summary>
    public TenderEvent FailScheduledPublication(string reason, DateTimeOffset now)
    {
        if (Status != TenderStatus.Scheduled)
        {
            throw new DomainRuleException("This tender is not scheduled for publication.");
        }

        Status = TenderStatus.Draft;
        ScheduledPublicationAt = null;
        return new TenderEvent(Id, TenderEventKind.PublicationFailed, reason, TenderEvent.Platform, now);
    }

    /// <param name="now">The database server's time of the publishing transaction.</param>
    /// <param name="key">The opening key made for this tender with <c>not_before</c> = the submission deadline.</param>
    public TenderEvent Publish(DateTimeOffset now, string reference, string ocid, OpeningKey key, TenderRules rules, Guid by)
    {
        if (Status is not (TenderStatus.Draft or TenderStatus.Scheduled))
        {
            throw new DomainRuleException(Status == TenderStatus.Published ? "This tender is already published." : "A cancelled tender cannot be published.");
        }

        EnsurePublishable(now, rules);
        if (!TenderReference.IsReference(reference))
        {
            throw new DomainRuleException($"'{reference}' is not a tender reference such as PRC-2026-000123.");
        }

        if (key.NotBefore != SubmissionDeadline)
        {
            throw new DomainRuleException("The opening key must not be released before the submission deadline: its not-before time must be the deadline.");
        }

        Reference = reference;
        Ocid = ocid;
        OpeningKey = key;
        Status = TenderStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
        Version = 1;
        ScheduledPublicationAt = null;
        return new TenderEvent(Id, TenderEventKind.Published, reference, by, now);
    }

    /// <summary>Records that the sealed bids were opened, at or after the submission deadline, by the platform.</summary>
    public TenderEvent RecordOpening(int bids, DateTimeOffset now)
    {
        if (Status != TenderStatus.Published)
        {
            throw new DomainRuleException(IsOpened ? "The bids of this tender are already opened." : "Only a published tender's bids can be opened.");
        }

        if (now < SubmissionDeadline)
        {
            throw new DomainRuleException("Bids cannot be opened before the submission deadline.");
        }

        Status = TenderStatus.Opened;
        OpenedAt = now;
        return new TenderEvent(Id, TenderEventKind.BidsOpened, $"{bids} bids", TenderEvent.Platform, now);
    }

    public TenderEvent Cancel(string? reason, Guid by, DateTimeOffset now)
    {
        if (Status == TenderStatus.Cancelled)
        {
            throw new DomainRuleException("This tender is already cancelled.");
        }

        if (IsOpened)
        {
            throw new DomainRuleException("The bids of this tender are opened; end it by declaring its lots unsuccessful at the award instead.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxCancellationReasonLength)
        {
            throw new DomainRuleException($"Give the reason for the cancellation, at most {MaxCancellationReasonLength:N0} characters; it is published with the tender and sent to interested suppliers.");
        }

        Status = TenderStatus.Cancelled;
        CancellationReason = reason.Trim();
        CancelledAt = now;
        ScheduledPublicationAt = null;
        return new TenderEvent(Id, TenderEventKind.Cancelled, CancellationReason, by, now);
    }

    private void EnsurePublishable(DateTimeOffset at, TenderRules rules)
    {
        var problems = PublicationProblems(at, rules);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }
    }

    private void EnsureDraft(string what)
    {
        if (Status != TenderStatus.Draft)
        {
            throw new DomainRuleException(Status switch
            {
                TenderStatus.Scheduled => $"This tender is scheduled for publication and cannot be {what}; cancel the schedule first to edit it.",
                TenderStatus.Published => $"This tender is published and cannot be {what}: published tenders change only through an amendment.",
                _ => $"This tender is cancelled and cannot be {what}.",
            });
        }
    }

    private void Apply(TenderDetails details, DateTimeOffset now)
    {
        var problems = details.Problems(now);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }

        Replace(details);
    }

    /// <summary>Takes <paramref name="details"/> as the tender's; the caller has checked them.</summary>
    private void Replace(TenderDetails details)
    {
        Title = details.Title!.Trim();
        Description = details.Description!.Trim();
        Procedure = details.Procedure;
        EvaluationMethod = details.EvaluationMethod;
        ClarificationDeadline = details.ClarificationDeadline!.Value.ToUniversalTime();
        SubmissionDeadline = details.SubmissionDeadline!.Value.ToUniversalTime();
        ShortPeriodJustification = string.IsNullOrWhiteSpace(details.ShortPeriodJustification) ? null : details.ShortPeriodJustification.Trim();
        _lots.Clear();
        _lots.AddRange(details.Lots.Select((lot, i) => new Lot(i + 1, lot)));
        _criteria.Clear();
        if (details.EvaluationMethod == EvaluationMethod.BestValue)
        {
            _criteria.Add(new AwardCriterion(AwardCriterion.PriceName, details.PriceWeight!.Value, isPrice: true));
            _criteria.AddRange(details.Criteria.Select(c => new AwardCriterion(c.Name!.Trim(), c.Weight!.Value, isPrice: false)));
        }
        else
        {
            _criteria.Add(new AwardCriterion(AwardCriterion.PriceName, 100, isPrice: true));
        }
    }
}
