using Procurement.Domain.Bids;
using Procurement.Domain.Evaluation;

namespace Procurement.Application.Evaluation.Ports;

/// <summary>
/// The evaluations of tenders. Shares the tender repository's unit of work and transaction (one database context per
/// request): lock the tender with <c>ITenderRepository.FindForUpdateAsync</c>, change the evaluation, and save both together.
/// </summary>
public interface IEvaluationRepository
{
    /// <summary>The tender's evaluation with its committee, qualifications and scores, tracked for change; null before a committee is named.</summary>
    Task<TenderEvaluation?> FindByTenderAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The tender's opening record with its opened bids, offers and attachments (not their content), untracked.</summary>
    Task<OpeningRecord?> OpeningAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The evaluation's events, oldest first.</summary>
    Task<IReadOnlyList<EvaluationEvent>> HistoryAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The tenders whose committee includes <paramref name="userId"/> (also when the member was removed), newest first.</summary>
    Task<IReadOnlyList<Guid>> TendersOfMemberAsync(Guid userId, CancellationToken cancellationToken);

    void Add(TenderEvaluation evaluation);

    /// <summary>Stages an event; it is saved, and written to the audit log, with the unit of work.</summary>
    void Record(EvaluationEvent evaluationEvent);
}
