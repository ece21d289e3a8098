using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Awards;

/// <summary>
/// Takes an opened lowest-price tender to a finalised evaluation through the evaluation aggregate's own rules (committee
/// of three, declarations, every bid qualified, the chair finalises), saved as its use cases would.
/// </summary>
/// <remarks>Replace with the evaluation branch's <c>TestEvaluations</c>, which goes through its use cases, once merged.</remarks>
internal static class AwardTestEvaluations
{
    public static async Task FinaliseAsync(this ProcurementAppFactory app, Guid tenderId)
    {
        await app.WithDbAsync(async db =>
        {
            var tender = await db.Tenders.SingleAsync(t => t.Id == tenderId);
            var opening = await db.OpeningRecords.AsNoTracking().Include(r => r.Bids).ThenInclude(b => b.Lots).SingleAsync(r => r.TenderId == tenderId);
            var now = DateTimeOffset.UtcNow;
            var members = Enumerable.Range(1, 3).Select(i => new Nominee(Guid.NewGuid(), $"Evaluator {i}")).ToList();
            var chair = members[0].UserId;
            var (evaluation, named) = TenderEvaluation.Name(tender, ScoreScale.OutOfTen, members, chair, 3, TenderEvent.Platform, now);
            db.TenderEvents.Add(tender.BeginEvaluation(TenderEvent.Platform, now));
            var events = new List<EvaluationEvent> { named };
            events.AddRange(members.Select(member => evaluation.Declare(member.UserId, hasConflict: false, null, now)));
            events.AddRange(opening.Bids.Select(bid => evaluation.Qualify(chair, bid, passes: true, null, now)));
            events.Add(evaluation.Finalise(chair, tender, opening, 3, now));
            db.TenderEvaluations.Add(evaluation);
            db.EvaluationEvents.AddRange(events);
            await db.SaveChangesAsync();
            return 0;
        });
    }
}

/// <summary>
/// <see cref="IEvaluationResults"/> for the award tests, read from the evaluation aggregate's own outcome (the port's
/// implementation is on the evaluation branch): null unless the evaluation is finalised.
/// </summary>
internal sealed class AggregateEvaluationResults(ProcurementDbContext db) : IEvaluationResults
{
    public async Task<FinalEvaluation?> FinalAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        var evaluation = await db.TenderEvaluations.AsNoTracking()
            .Include(e => e.Members).Include(e => e.Qualifications).Include(e => e.Scores).Include(e => e.Consensus)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.TenderId == tenderId, cancellationToken);
        if (evaluation is not { IsFinalised: true })
        {
            return null;
        }

        var tender = await db.Tenders.AsNoTracking().SingleAsync(t => t.Id == tenderId, cancellationToken);
        var opening = await db.OpeningRecords.AsNoTracking().Include(r => r.Bids).ThenInclude(b => b.Lots).SingleAsync(r => r.TenderId == tenderId, cancellationToken);
        var lots = evaluation.Outcome(tender, opening).Select(lot => new LotEvaluation(
            LotId(tenderId, lot.LotNumber), lot.LotNumber, lot.LotTitle,
            [.. lot.Ranking.Select(r => new RankedBid(
                r.Rank, r.Candidate.BidId, r.Candidate.SupplierId, r.Candidate.SupplierName, r.Candidate.Price, r.Candidate.Currency,
                r.PriceScoreRounded, r.QualityScoreRounded, r.TotalRounded,
                [.. r.Criteria.Select(c => new CriterionScore(c.Name, c.Weight, c.Consensus, c.ScaleMax, c.PointsRounded, c.Justification))]))],
            [.. lot.Disqualified.Select(b => new DisqualifiedBid(b.BidId, b.SupplierId, b.SupplierName, "Did not qualify."))])).ToList();
        return new FinalEvaluation(tenderId, evaluation.FinalisedAt!.Value, evaluation.FinalisedBy!.Value, lots);
    }

    private static Guid LotId(Guid tenderId, int lotNumber) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenderId:D}/{lotNumber}"))[..16]);
}
