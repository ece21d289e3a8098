using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;

namespace Procurement.Web.Features.Tenders;

/// <summary>
/// The draft form. Lots and criteria are lists posted back whole: "Add a lot", "Remove" and the like are submit buttons
/// (<see cref="Command"/>), so the page works without JavaScript and nothing typed is lost.
/// </summary>
public sealed class TenderForm
{
    public const string Save = "save";
    public const string AddLot = "add-lot";
    public const string RemoveLot = "remove-lot-";
    public const string AddCriterion = "add-criterion";
    public const string RemoveCriterion = "remove-criterion-";

    /// <summary>Only administrators choose; an officer's tenders belong to the officer's agency.</summary>
    [Display(Name = "Agency")]
    public Guid? AgencyId { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    public ProcurementProcedure Procedure { get; set; }

    public EvaluationMethod EvaluationMethod { get; set; } = EvaluationMethod.LowestPrice;

    [Display(Name = "Clarification deadline (UTC)")]
    public DateTime? ClarificationDeadline { get; set; }

    [Display(Name = "Submission deadline (UTC)")]
    public DateTime? SubmissionDeadline { get; set; }

    [Display(Name = "Justification for a shorter submission period (optional)")]
    public string? ShortPeriodJustification { get; set; }

    public List<LotForm> Lots { get; set; } = [];

    [Display(Name = "Weight of price")]
    public int? PriceWeight { get; set; }

    public List<CriterionForm> Criteria { get; set; } = [];

    /// <summary>For an amendment: what it changes and why, published with the new version.</summary>
    [Display(Name = "Summary of the changes")]
    public string? ChangeSummary { get; set; }

    /// <summary>For an amendment: whether bidders must confirm or replace their bids. Unticked boxes post nothing, so false here; prefilled true.</summary>
    [Display(Name = "This is a material amendment")]
    public bool Material { get; set; }

    public string? Command { get; set; }

    public static TenderForm New() => new() { Lots = [new LotForm()], PriceWeight = 100 };

    public static TenderForm From(Tender tender) => new()
    {
        AgencyId = tender.AgencyId,
        Title = tender.Title,
        Description = tender.Description,
        Procedure = tender.Procedure,
        EvaluationMethod = tender.EvaluationMethod,
        ClarificationDeadline = tender.ClarificationDeadline.UtcDateTime,
        SubmissionDeadline = tender.SubmissionDeadline.UtcDateTime,
        ShortPeriodJustification = tender.ShortPeriodJustification,
        Lots = tender.Lots.Select(lot => new LotForm
        {
            Title = lot.Title,
            Description = lot.Description,
            CpvCode = lot.CpvCode,
            Quantity = lot.Quantity,
            UnitCode = lot.UnitCode,
            EstimatedAmount = lot.EstimatedValue.Amount,
            Currency = lot.EstimatedValue.Currency,
        }).ToList(),
        PriceWeight = tender.Criteria.FirstOrDefault(c => c.IsPrice)?.Weight,
        Criteria = tender.Criteria.Where(c => !c.IsPrice).Select(c => new CriterionForm { Name = c.Name, Weight = c.Weight }).ToList(),
    };

    public TenderDetails ToDetails() => new(
        Title, Description, Procedure, EvaluationMethod, Utc(ClarificationDeadline), Utc(SubmissionDeadline), ShortPeriodJustification,
        Lots.Select(lot => new LotDetails(lot.Title, lot.Description, lot.CpvCode, lot.Quantity, lot.UnitCode, lot.EstimatedAmount, lot.Currency)).ToList(),
        PriceWeight,
        Criteria.Select(c => new CriterionDetails(c.Name, c.Weight)).ToList());

    /// <summary>Applies an add or remove button; returns false for Save (or nothing), which the controller then saves.</summary>
    public bool ApplyCommand()
    {
        switch (Command)
        {
            case AddLot:
                Lots.Add(new LotForm { Currency = Lots.LastOrDefault()?.Currency ?? "GBP" });
                return true;
            case AddCriterion:
                Criteria.Add(new CriterionForm());
                return true;
            case { } remove when remove.StartsWith(RemoveLot, StringComparison.Ordinal) && int.TryParse(remove[RemoveLot.Length..], CultureInfo.InvariantCulture, out var lot):
                if (lot >= 0 && lot < Lots.Count)
                {
                    Lots.RemoveAt(lot);
                }

                return true;
            case { } remove when remove.StartsWith(RemoveCriterion, StringComparison.Ordinal) && int.TryParse(remove[RemoveCriterion.Length..], CultureInfo.InvariantCulture, out var criterion):
                if (criterion >= 0 && criterion < Criteria.Count)
                {
                    Criteria.RemoveAt(criterion);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The form's date and time inputs are in UTC, as the labels say.</summary>
    private static DateTimeOffset? Utc(DateTime? value) => value is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null;
}

public sealed class LotForm
{
    [Display(Name = "Lot title")]
    public string? Title { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "CPV code")]
    public string? CpvCode { get; set; }

    [Display(Name = "Quantity")]
    public decimal? Quantity { get; set; }

    [Display(Name = "Unit")]
    public string? UnitCode { get; set; }

    [Display(Name = "Estimated value without tax")]
    public decimal? EstimatedAmount { get; set; }

    [Display(Name = "Currency")]
    public string? Currency { get; set; } = "GBP";
}

public sealed class CriterionForm
{
    [Display(Name = "Criterion")]
    public string? Name { get; set; }

    [Display(Name = "Weight")]
    public int? Weight { get; set; }
}

/// <param name="Amendment">Set when the form amends a published tender rather than creating or editing a draft.</param>
public sealed record TenderEditPage(Guid? TenderId, TenderForm Form, IReadOnlyList<NamedCode> Units, IReadOnlyList<AgencyOption>? Agencies, AmendmentContext? Amendment = null);

/// <summary>What the amendment form needs to know of the published tender.</summary>
/// <param name="PublishedLots">Lots 1 to this number exist and cannot be removed.</param>
public sealed record AmendmentContext(string Reference, int Version, int PublishedLots, DateTimeOffset SubmissionDeadline, int MinimumDaysAfterMaterialAmendment);

public sealed record TenderManagePage(Tender Tender, string Agency, IReadOnlyList<NamedCode> Units, DateTimeOffset Now, int MinimumSubmissionDays, long MaxDocumentBytes)
{
    public IReadOnlyList<TenderVersionSummary> Versions { get; init; } = [];

    public DocumentForm Document { get; init; } = new();
    public PublicationForm Publication { get; init; } = new();
    public CancellationForm Cancellation { get; init; } = new();
}

public sealed class DocumentForm
{
    [Display(Name = "What the document is")]
    public string? Title { get; set; }

    public IFormFile? File { get; set; }
}

public sealed class PublicationForm
{
    [Display(Name = "Publish at (UTC)")]
    public DateTime? PublishAt { get; set; }
}

public sealed class CancellationForm
{
    [Display(Name = "Reason for the cancellation")]
    public string? Reason { get; set; }
}

/// <summary>The kept versions of a tender, for the amendment history table; <paramref name="Reference"/> links the past ones.</summary>
public sealed record VersionHistory(string? Reference, IReadOnlyList<TenderVersionSummary> Versions);
