using Procurement.Application.Tenders;
using Procurement.Domain.Evaluation;

namespace Procurement.Application.Evaluation;

/// <summary>
/// The chair sets the committee's consensus score of every non-price criterion for a qualified bid's offer on a lot, each
/// with a justification, once every member on the committee has scored it (the form starts from the members' average).
/// </summary>
public sealed record SetConsensus(Guid UserId, Guid TenderId, Guid BidId, int LotNumber, IReadOnlyList<ScoreEntry> Scores);

/// <summary>The same unit of work and checks as a member's scores; the domain holds the chair's rules.</summary>
public sealed class SetConsensusHandler(SubmitScoresHandler scores)
{
    public Task<TenderChange> HandleAsync(SetConsensus command, CancellationToken cancellationToken) =>
        scores.HandleAsync(new SubmitScores(command.UserId, command.TenderId, command.BidId, command.LotNumber, command.Scores, Consensus: true), cancellationToken);
}
