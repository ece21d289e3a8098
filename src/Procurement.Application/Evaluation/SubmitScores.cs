using Procurement.Application.Tenders;
using Procurement.Domain;
using Procurement.Domain.Evaluation;

namespace Procurement.Application.Evaluation;

/// <summary>
/// A committee member who declared no conflict scores a qualified bid's offer on a lot on every non-price criterion, each
/// with a justification; scores can be revised until finalisation. (<see cref="SetConsensus"/> sets <paramref name="Consensus"/>.)
/// </summary>
public sealed record SubmitScores(Guid UserId, Guid TenderId, Guid BidId, int LotNumber, IReadOnlyList<ScoreEntry> Scores, bool Consensus = false);

public sealed class SubmitScoresHandler(EvaluationWork work)
{
    public async Task<TenderChange> HandleAsync(SubmitScores command, CancellationToken cancellationToken)
    {
        await using var unitOfWork = work;
        await work.BeginAsync(command.TenderId, cancellationToken);
        if (work.Tender is not { } tender || work.Evaluation is not { } evaluation || !evaluation.MaySeeBids(command.UserId)
            || work.Opening?.Bids.SingleOrDefault(b => b.BidId == command.BidId) is not { } bid)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        var problems = evaluation.ScoreProblems(command.Scores, command.Consensus);
        if (problems.Count > 0)
        {
            return TenderChange.Refused(tender.Id, problems.Select(p => new FieldError(p.Field, p.Message)));
        }

        try
        {
            work.Record(command.Consensus
                ? evaluation.SetConsensus(command.UserId, tender, bid, command.LotNumber, command.Scores, work.Now)
                : evaluation.SubmitScores(command.UserId, tender, bid, command.LotNumber, command.Scores, work.Now));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await work.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
