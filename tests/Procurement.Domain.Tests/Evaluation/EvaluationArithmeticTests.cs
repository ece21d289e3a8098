using Procurement.Domain.Evaluation;

namespace Procurement.Domain.Tests.Evaluation;

public sealed class EvaluationArithmeticTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Candidate Bid(string name, decimal price, decimal quality, int minutesLater = 0) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, price, "GBP", Received.AddMinutes(minutesLater), [new CandidateCriterion("Quality", 40, quality, "ok")]);

    [Fact]
    public void The_lowest_price_earns_the_whole_price_weight_and_others_in_proportion()
    {
        Assert.Equal(60m, EvaluationArithmetic.PriceScore(100_000m, 100_000m, 60));
        Assert.Equal(48m, EvaluationArithmetic.PriceScore(100_000m, 125_000m, 60));
    }

    [Fact]
    public void Quality_points_are_the_consensus_over_the_scale_maximum_times_the_weight()
    {
        Assert.Equal(21m, EvaluationArithmetic.WeightedPoints(7m, 10, 30));
        Assert.Equal(27.3m, EvaluationArithmetic.WeightedPoints(91m, 100, 30));
    }

    [Fact]
    public void Shown_numbers_are_rounded_to_two_decimals_half_away_from_zero()
    {
        Assert.Equal(33.33m, EvaluationArithmetic.Round(EvaluationArithmetic.PriceScore(100m, 300m, 100)));
        Assert.Equal(12.35m, EvaluationArithmetic.Round(EvaluationArithmetic.PriceScore(12_345m, 100_000m, 100)));
        Assert.Equal(0.01m, EvaluationArithmetic.Round(0.005m));
    }

    [Fact]
    public void The_total_is_rounded_from_full_precision_not_summed_from_rounded_parts()
    {
        // Price 100 / 301 × 60 = 19.9335… (shown 19.93); quality 3.336 / 10 × 40 = 13.344 (shown 13.34);
        // total 33.2775… is shown 33.28, not the 33.27 the rounded parts add up to.
        var cheap = Bid("Cheap", 100m, 0m);
        var other = Bid("Other", 301m, 3.336m);

        var ranked = EvaluationArithmetic.Rank([cheap, other], 60, 10);

        var second = ranked.Single(r => r.Candidate == other);
        Assert.Equal(19.93m, second.PriceScoreRounded);
        Assert.Equal(13.34m, second.QualityScoreRounded);
        Assert.Equal(33.28m, second.TotalRounded);
        Assert.Equal(60m, ranked.Single(r => r.Candidate == cheap).TotalRounded);
    }

    [Fact]
    public void Equal_totals_share_a_rank_and_the_next_rank_is_skipped()
    {
        var a = Bid("A", 100m, 5m);     // 60 + 20 = 80
        var b = Bid("B", 120m, 7.5m);   // 50 + 30 = 80
        var c = Bid("C", 200m, 10m);    // 30 + 40 = 70

        var ranked = EvaluationArithmetic.Rank([c, b, a], 60, 10);

        Assert.Equal(["A", "B", "C"], ranked.Select(r => r.Candidate.SupplierName));
        Assert.Equal([1, 1, 3], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Totals_equal_once_rounded_tie_and_the_lower_price_is_listed_first()
    {
        var a = Bid("A", 100m, 5m);       // 80.000
        var b = Bid("B", 120m, 7.501m);   // 50 + 30.004 = 80.004, shown 80.00

        var ranked = EvaluationArithmetic.Rank([b, a], 60, 10);

        Assert.Equal(["A", "B"], ranked.Select(r => r.Candidate.SupplierName));
        Assert.Equal([1, 1], ranked.Select(r => r.Rank));
        Assert.Equal([80.00m, 80.00m], ranked.Select(r => r.TotalRounded));
    }

    [Fact]
    public void Among_equal_totals_and_prices_the_bid_received_earlier_is_listed_first()
    {
        var late = Bid("Late", 100m, 5m, minutesLater: 30);
        var early = Bid("Early", 100m, 5m);

        var ranked = EvaluationArithmetic.Rank([late, early], 60, 10);

        Assert.Equal(["Early", "Late"], ranked.Select(r => r.Candidate.SupplierName));
        Assert.Equal([1, 1], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void A_lowest_price_tender_ranks_on_price_alone()
    {
        var ranked = EvaluationArithmetic.Rank(
            [new Candidate(Guid.NewGuid(), Guid.NewGuid(), "Dear", 150m, "GBP", Received, []), new Candidate(Guid.NewGuid(), Guid.NewGuid(), "Cheap", 100m, "GBP", Received, [])],
            100, 10);

        Assert.Equal(["Cheap", "Dear"], ranked.Select(r => r.Candidate.SupplierName));
        Assert.Equal([100m, 66.67m], ranked.Select(r => r.TotalRounded));
        Assert.Equal([1, 2], ranked.Select(r => r.Rank));
    }
}
