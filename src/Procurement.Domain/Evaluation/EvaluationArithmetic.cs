namespace Procurement.Domain.Evaluation;

/// <summary>
/// How a lot's qualified bids are scored and ranked. The arithmetic keeps full decimal precision; what is shown and
/// ranked is rounded to two decimals, half away from zero. Equal rounded totals share a rank (1, 1, 3); among equal
/// totals the lower price is listed first, then the bid received earlier.
/// </summary>
public static class EvaluationArithmetic
{
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Lowest qualified price / this bid's price × the price weight. The lowest price earns the whole weight.</summary>
    public static decimal PriceScore(decimal lowestPrice, decimal price, int priceWeight) =>
        price <= 0 || price == lowestPrice ? priceWeight : lowestPrice / price * priceWeight;

    /// <summary>Consensus score / the scale's maximum × the criterion's weight.</summary>
    public static decimal WeightedPoints(decimal consensus, int scaleMax, int weight) => consensus / scaleMax * weight;

    /// <summary>Scores and ranks the candidates for one lot (all of them qualified and with every consensus score).</summary>
    public static IReadOnlyList<RankedCandidate> Rank(IReadOnlyList<Candidate> candidates, int priceWeight, int scaleMax)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var lowest = candidates.Min(c => c.Price);
        var scored = candidates
            .Select(candidate =>
            {
                var price = PriceScore(lowest, candidate.Price, priceWeight);
                var criteria = candidate.Criteria
                    .Select(c => new WeightedCriterion(c.Name, c.Weight, c.Consensus, scaleMax, WeightedPoints(c.Consensus, scaleMax, c.Weight), c.Justification))
                    .ToList();
                var quality = criteria.Sum(c => c.Points);
                return (candidate, price, criteria, quality, total: price + quality);
            })
            .OrderByDescending(s => Round(s.total))
            .ThenBy(s => s.candidate.Price)
            .ThenBy(s => s.candidate.ReceivedAt)
            .ThenBy(s => s.candidate.BidId)
            .ToList();

        var ranked = new List<RankedCandidate>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var s = scored[i];
            var rank = i > 0 && Round(s.total) == ranked[i - 1].TotalRounded ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedCandidate(rank, s.candidate, lowest, priceWeight, s.price, s.criteria, s.quality, s.total));
        }

        return ranked;
    }
}

/// <summary>A qualified bid's offer on a lot, with the consensus score of every non-price criterion.</summary>
public sealed record Candidate(Guid BidId, Guid SupplierId, string SupplierName, decimal Price, string Currency, DateTimeOffset ReceivedAt, IReadOnlyList<CandidateCriterion> Criteria);

public sealed record CandidateCriterion(string Name, int Weight, decimal Consensus, string Justification);

/// <summary>A criterion's consensus score and its points in the total, exact; <see cref="PointsRounded"/> as shown.</summary>
public sealed record WeightedCriterion(string Name, int Weight, decimal Consensus, int ScaleMax, decimal Points, string Justification)
{
    public decimal PointsRounded => EvaluationArithmetic.Round(Points);
}

/// <summary>A candidate's place with every number exact and as shown (rounded), and what it was computed from.</summary>
public sealed record RankedCandidate(
    int Rank, Candidate Candidate, decimal LowestPrice, int PriceWeight, decimal PriceScore,
    IReadOnlyList<WeightedCriterion> Criteria, decimal QualityScore, decimal Total)
{
    public decimal PriceScoreRounded => EvaluationArithmetic.Round(PriceScore);
    public decimal QualityScoreRounded => EvaluationArithmetic.Round(QualityScore);
    public decimal TotalRounded => EvaluationArithmetic.Round(Total);
}
