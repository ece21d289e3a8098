using Procurement.Domain.Evaluation;

namespace Procurement.Application.Evaluation.Ports;

/// <summary>Who in an agency can sit on an evaluation committee and who is told when an evaluation is finalised.</summary>
public interface IEvaluationStaff
{
    /// <summary>The agency's active evaluators (Evaluator role, e-mail confirmed, not locked out), by name.</summary>
    Task<IReadOnlyList<Nominee>> EvaluatorsAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The agency's officers.</summary>
    Task<IReadOnlyList<Guid>> OfficersAsync(Guid agencyId, CancellationToken cancellationToken);
}
