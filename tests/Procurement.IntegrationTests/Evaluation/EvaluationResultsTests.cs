using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Tenders;
using Procurement.IntegrationTests.Bids;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Evaluation;

public sealed class EvaluationResultsTests(AppFixture fixture)
{
    [Fact]
    public async Task A_finalised_evaluation_ranks_the_qualified_bids_per_lot_and_lists_the_disqualified()
    {
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(40), method: EvaluationMethod.BestValue);
        var (cheap, _, _) = await fixture.App.SignedInBidderAsync("Cheap");
        var (good, _, _) = await fixture.App.SignedInBidderAsync("Good");
        var (fails, _, _) = await fixture.App.SignedInBidderAsync("Fails");
        using var s1 = cheap;
        using var s2 = good;
        using var s3 = fails;
        Assert.Contains("Your bid was sealed and received", (await cheap.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("100000").Submitting())).Text, StringComparison.Ordinal);
        Assert.Contains("Your bid was sealed and received", (await good.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("125000").Submitting())).Text, StringComparison.Ordinal);
        Assert.Contains("Your bid was sealed and received", (await fails.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("90000").Submitting())).Text, StringComparison.Ordinal);
        var opening = await fixture.App.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        var cheapBid = opening.Bids.Single(b => b.SupplierName.StartsWith("Cheap", StringComparison.Ordinal));
        var goodBid = opening.Bids.Single(b => b.SupplierName.StartsWith("Good", StringComparison.Ordinal));
        var failsBid = opening.Bids.Single(b => b.SupplierName.StartsWith("Fails", StringComparison.Ordinal));

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IEvaluationResults>().FinalAsync(tenderId, CancellationToken.None));
        }

        await fixture.App.FinaliseAsync(tenderId, score: (bid, _, _) => bid.BidId == goodBid.BidId ? 10 : 5, disqualify: [failsBid.BidId]);

        await using var after = fixture.App.Services.CreateAsyncScope();
        var final = await after.ServiceProvider.GetRequiredService<IEvaluationResults>().FinalAsync(tenderId, CancellationToken.None);
        Assert.NotNull(final);
        var lot1 = final.Lots.Single(l => l.LotNumber == 1);

        // The lowest qualified price is 100,000 (the 90,000 bid failed qualification).
        // Good: 100,000 / 125,000 × 60 = 48, plus 10/10 × 30 + 10/10 × 10 = 40 → 88. Cheap: 60 + 15 + 5 = 80.
        Assert.Equal([(1, goodBid.BidId, 48m, 40m, 88m), (2, cheapBid.BidId, 60m, 20m, 80m)], lot1.Ranking.Select(r => (r.Rank, r.BidId, r.PriceScore, r.QualityScore, r.TotalScore)));
        Assert.Equal([("Technical merit", 30, 10m, 10m, 30m), ("Social value", 10, 10m, 10m, 10m)], lot1.Ranking[0].Criteria.Select(c => (c.Criterion, c.Weight, c.Score, c.MaxScore, c.WeightedPoints)));
        Assert.Equal([failsBid.BidId], lot1.Disqualified.Select(d => d.BidId));
        Assert.Contains("selection criteria", lot1.Disqualified[0].Reason, StringComparison.Ordinal);
        Assert.Empty(final.Lots.Single(l => l.LotNumber == 2).Ranking);
        Assert.Equal(TenderStatus.Evaluation, await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == tenderId).Select(t => t.Status).SingleAsync()));
        var actions = await fixture.App.WithDbAsync(db => db.AuditLog.Where(e => e.Subject == $"tender:{tenderId:D}").Select(e => e.Action).ToListAsync());
        Assert.Contains("tender.evaluation_started", actions);
        Assert.Contains("evaluation.committee_named", actions);
        Assert.Contains("evaluation.finalised", actions);
    }
}
