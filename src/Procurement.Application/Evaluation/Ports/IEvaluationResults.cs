namespace Procurement.Application.Evaluation.Ports;

/// <summary>
/// The evaluation's outcome as the award reads it: per lot, the qualified bids ranked with how each score was made,
/// and the bids that failed qualification. Available once the committee's chair has finalised the evaluation.
/// </summary>
public interface IEvaluationResults
{
    /// <summary>The finalised evaluation of the tender, or null while it is not finalised (or was reopened since).</summary>
    Task<FinalEvaluation?> FinalAsync(Guid tenderId, CancellationToken cancellationToken);
}

public sealed record FinalEvaluation(Guid TenderId, DateTimeOffset FinalisedAt, Guid FinalisedBy, IReadOnlyList<LotEvaluation> Lots);

/// <summary>One lot's result. <see cref="Ranking"/> is best first; equal totals share a rank.</summary>
public sealed record LotEvaluation(Guid LotId, int LotNumber, string LotTitle, IReadOnlyList<RankedBid> Ranking, IReadOnlyList<DisqualifiedBid> Disqualified);

/// <summary>A qualified bid's place: its price (in the tender's currency), price score, weighted non-price score and total, each out of 100.</summary>
public sealed record RankedBid(
    int Rank, Guid BidId, Guid SupplierId, string SupplierName, decimal Price, string Currency,
    decimal PriceScore, decimal QualityScore, decimal TotalScore, IReadOnlyList<CriterionScore> Criteria);

/// <summary>The consensus score of one criterion for one bid, and its weighted points in the total.</summary>
public sealed record CriterionScore(string Criterion, int Weight, decimal Score, decimal MaxScore, decimal WeightedPoints, string Justification);

public sealed record DisqualifiedBid(Guid BidId, Guid SupplierId, string SupplierName, string Reason);
