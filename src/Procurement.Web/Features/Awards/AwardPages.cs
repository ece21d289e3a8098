using System.ComponentModel.DataAnnotations;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;

namespace Procurement.Web.Features.Awards;

public sealed record AwardPage(Tender Tender, FinalEvaluation? Evaluation, IReadOnlyList<AwardDecision> Decisions, IReadOnlyList<Contract> Contracts, DateTimeOffset Now)
{
    public AwardForm Form { get; init; } = new();

    /// <summary>The decision in its standstill or final; null while none is (never decided, or superseded).</summary>
    public AwardDecision? Current => Decisions.FirstOrDefault(d => d.Status != AwardDecisionStatus.Superseded);
}

/// <summary>The award form: one choice per lot, in the evaluation's lot order.</summary>
public sealed class AwardForm
{
    public const string Unsuccessful = "unsuccessful";

    public List<LotChoiceForm> Lots { get; set; } = [];

    /// <summary>Each lot starts on its top-ranked bid (the first of several tied), or unsuccessful when none qualified.</summary>
    public static AwardForm For(FinalEvaluation? evaluation) => new()
    {
        Lots = evaluation is null ? [] : [.. evaluation.Lots.OrderBy(l => l.LotNumber).Select(lot => new LotChoiceForm
        {
            LotId = lot.LotId,
            Choice = lot.Ranking.Count > 0 ? lot.Ranking.OrderBy(b => b.Rank).First().BidId.ToString("D") : Unsuccessful,
        })],
    };

    /// <summary>The posted form, with an empty choice for any lot it lacks, so the page can show every lot of the evaluation.</summary>
    public AwardForm CoveringLotsOf(FinalEvaluation? evaluation)
    {
        foreach (var lot in evaluation?.Lots.OrderBy(l => l.LotNumber).Skip(Lots.Count) ?? [])
        {
            Lots.Add(new LotChoiceForm { LotId = lot.LotId });
        }

        return this;
    }

    /// <summary>A lot with neither a bid nor "unsuccessful" chosen is left out, and the use case asks for it.</summary>
    public IReadOnlyList<LotChoice> ToChoices() =>
        [.. Lots.Where(lot => Guid.TryParse(lot.Choice, out _) || lot.Choice == Unsuccessful).Select(lot => Guid.TryParse(lot.Choice, out var bidId)
            ? new LotChoice(lot.LotId, bidId, lot.Justification, null)
            : new LotChoice(lot.LotId, null, null, lot.UnsuccessfulReason))];
}

public sealed class LotChoiceForm
{
    public Guid LotId { get; set; }

    /// <summary>The chosen bid's id, or <see cref="AwardForm.Unsuccessful"/>.</summary>
    [Display(Name = "Award the lot to")]
    public string? Choice { get; set; }

    [Display(Name = "Justification (required when the bid is not the top-ranked, or to break a tie)")]
    public string? Justification { get; set; }

    [Display(Name = "Reason the lot is unsuccessful (published)")]
    public string? UnsuccessfulReason { get; set; }
}

public sealed record ComplaintsPage(Tender Tender, IReadOnlyList<Complaint> Complaints, IReadOnlyDictionary<Guid, string> SupplierNames, AwardDecision? Standing)
{
    public Guid? Deciding { get; init; }

    public ComplaintDecisionForm Form { get; init; } = new();
}

public sealed class ComplaintDecisionForm
{
    [Display(Name = "Decision")]
    public string? Outcome { get; set; }

    [Display(Name = "Reason (sent to the complainant)")]
    public string? Reason { get; set; }
}

public sealed record ContractPage(Tender Tender, Contract Contract)
{
    public ContractForm Form { get; init; } = new();
}

public sealed class ContractForm
{
    [Display(Name = "Date signed")]
    public DateOnly? SignedOn { get; set; }

    [Display(Name = "Contract start")]
    public DateOnly? PeriodStart { get; set; }

    [Display(Name = "Contract end")]
    public DateOnly? PeriodEnd { get; set; }

    [Display(Name = "Signed contract (PDF)")]
    public IFormFile? Document { get; set; }
}
