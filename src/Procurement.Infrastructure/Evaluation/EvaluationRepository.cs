using Microsoft.EntityFrameworkCore;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Evaluation;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Evaluation;

internal sealed class EvaluationRepository(ProcurementDbContext db) : IEvaluationRepository
{
    public Task<TenderEvaluation?> FindByTenderAsync(Guid tenderId, CancellationToken cancellationToken) =>
        db.TenderEvaluations
            .Include(evaluation => evaluation.Members)
            .Include(evaluation => evaluation.Qualifications)
            .Include(evaluation => evaluation.Scores)
            .Include(evaluation => evaluation.Consensus)
            .AsSplitQuery()
            .SingleOrDefaultAsync(evaluation => evaluation.TenderId == tenderId, cancellationToken);

    public Task<OpeningRecord?> OpeningAsync(Guid tenderId, CancellationToken cancellationToken) =>
        db.OpeningRecords.AsNoTracking()
            .Include(record => record.Bids).ThenInclude(bid => bid.Lots)
            .Include(record => record.Bids).ThenInclude(bid => bid.Attachments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(record => record.TenderId == tenderId, cancellationToken);

    public async Task<IReadOnlyList<EvaluationEvent>> HistoryAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.EvaluationEvents.AsNoTracking().Where(e => e.TenderId == tenderId).OrderBy(e => e.At).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> TendersOfMemberAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.TenderEvaluations.AsNoTracking()
            .Where(evaluation => evaluation.Members.Any(member => member.UserId == userId))
            .OrderByDescending(evaluation => evaluation.NamedAt)
            .Select(evaluation => evaluation.TenderId)
            .ToListAsync(cancellationToken);

    public void Add(TenderEvaluation evaluation) => db.TenderEvaluations.Add(evaluation);

    public void Record(EvaluationEvent evaluationEvent) => db.EvaluationEvents.Add(evaluationEvent);
}
