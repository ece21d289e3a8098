using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Evaluation;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Evaluation;

/// <summary>The finalised evaluation, computed by the domain's arithmetic from the stored consensus scores and opened prices.</summary>
internal sealed class EvaluationResults(ProcurementDbContext db, IEvaluationRepository evaluations) : IEvaluationResults
{
    public async Task<FinalEvaluation?> FinalAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        var evaluation = await db.TenderEvaluations.AsNoTracking()
            .Include(e => e.Members).Include(e => e.Qualifications).Include(e => e.Scores).Include(e => e.Consensus)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.TenderId == tenderId, cancellationToken);
        if (evaluation is not { FinalisedAt: { } finalisedAt, FinalisedBy: { } finalisedBy })
        {
            return null;
        }

        var tender = await db.Tenders.AsNoTracking().SingleAsync(t => t.Id == tenderId, cancellationToken);
        var opening = await evaluations.OpeningAsync(tenderId, cancellationToken)
            ?? throw new InvalidOperationException($"Tender {tenderId} has a finalised evaluation but no opening record.");
        var lots = evaluation.Outcome(tender, opening).Select(lot => new LotEvaluation(
            LotIdOf(tenderId, lot.LotNumber),
            lot.LotNumber,
            lot.LotTitle,
            [.. lot.Ranking.Select(r => new RankedBid(
                r.Rank, r.Candidate.BidId, r.Candidate.SupplierId, r.Candidate.SupplierName, r.Candidate.Price, r.Candidate.Currency,
                r.PriceScoreRounded, r.QualityScoreRounded, r.TotalRounded,
                [.. r.Criteria.Select(c => new CriterionScore(c.Name, c.Weight, c.Consensus, c.ScaleMax, c.PointsRounded, c.Justification))]))],
            [.. lot.Disqualified.Select(b => new DisqualifiedBid(b.BidId, b.SupplierId, b.SupplierName, evaluation.QualificationOf(b.BidId)!.Reason ?? string.Empty))]));
        return new FinalEvaluation(tenderId, finalisedAt, finalisedBy, [.. lots]);
    }

    /// <summary>
    /// Lots are numbered within their tender and have no id of their own; this gives each a stable one: a UUID (version 8)
    /// from the SHA-256 of the tender id and the lot number, the same on every call.
    /// </summary>
    public static Guid LotIdOf(Guid tenderId, int lotNumber)
    {
        Span<byte> input = stackalloc byte[20];
        tenderId.TryWriteBytes(input);
        BitConverter.TryWriteBytes(input[16..], lotNumber);
        var bytes = SHA256.HashData(input)[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
