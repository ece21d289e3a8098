using Procurement.Application.Evaluation;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;

namespace Procurement.Web.Features.Evaluation;

/// <summary>Everything an evaluation page shows: the tender, its opening record, the evaluation (null before a committee is named) and its history.</summary>
public sealed record EvaluationView(Tender Tender, OpeningRecord Opening, TenderEvaluation? Evaluation, IReadOnlyList<EvaluationEvent> History, int MinimumMembers)
{
    public IReadOnlyList<string> Outstanding => Evaluation?.Outstanding(Tender, Opening, MinimumMembers) ?? [];

    public IReadOnlyList<AwardCriterion> ScoredCriteria => [.. Tender.Criteria.Where(c => !c.IsPrice)];

    public int PriceWeight => Tender.Criteria.Single(c => c.IsPrice).Weight;
}

/// <summary>Loads <see cref="EvaluationView"/> for the evaluation controllers.</summary>
public sealed class EvaluationViews(ITenderRepository tenders, IEvaluationRepository evaluations, EvaluationSettings settings)
{
    public async Task<EvaluationView?> LoadAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        if (await tenders.FindAsync(tenderId, cancellationToken) is not { IsOpened: true } tender
            || await evaluations.OpeningAsync(tenderId, cancellationToken) is not { } opening)
        {
            return null;
        }

        return new EvaluationView(
            tender, opening, await evaluations.FindByTenderAsync(tenderId, cancellationToken), await evaluations.HistoryAsync(tenderId, cancellationToken), settings.MinimumCommitteeMembers);
    }

    public Task<IReadOnlyList<Guid>> TendersOfMemberAsync(Guid userId, CancellationToken cancellationToken) => evaluations.TendersOfMemberAsync(userId, cancellationToken);

    public Task<Tender?> TenderAsync(Guid tenderId, CancellationToken cancellationToken) => tenders.FindAsync(tenderId, cancellationToken);
}

public sealed class CommitteeForm
{
    public ScoreScale? Scale { get; set; }
    public List<Guid> MemberIds { get; set; } = [];
    public Guid? ChairId { get; set; }
}

public sealed record CommitteePage(EvaluationView View, IReadOnlyList<Nominee> Evaluators, CommitteeForm Form);

public sealed class DeclarationForm
{
    public bool? HasConflict { get; set; }
    public string? Statement { get; set; }
}

public sealed record MemberPage(EvaluationView View, CommitteeMember Member, DeclarationForm Form);

public sealed class QualificationForm
{
    public bool? Passes { get; set; }
    public string? Reason { get; set; }
}

public sealed record QualificationPage(EvaluationView View, OpenedBid Bid, QualificationForm Form);

public sealed class ScoresForm
{
    public List<ScoreInput> Scores { get; set; } = [];
}

public sealed class ScoreInput
{
    public string Criterion { get; set; } = string.Empty;
    public decimal? Score { get; set; }
    public string? Justification { get; set; }
}

/// <param name="Consensus">The chair's consensus form (with every member's scores), rather than a member's own.</param>
public sealed record ScoresPage(EvaluationView View, OpenedBid Bid, OpenedLotOffer Offer, bool Consensus, ScoresForm Form);
