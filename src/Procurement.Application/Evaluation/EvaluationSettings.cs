using Procurement.Domain.Evaluation;

namespace Procurement.Application.Evaluation;

/// <summary>Evaluation settings from configuration: <c>Evaluation:MinimumCommitteeMembers</c>.</summary>
public sealed class EvaluationSettings
{
    /// <summary>The fewest members (without a declared conflict) a committee may have; three by default.</summary>
    public int MinimumCommitteeMembers { get; init; } = TenderEvaluation.DefaultMinimumCommitteeMembers;
}
