using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Evaluation;

/// <summary>
/// The unit of work every evaluation change runs in: one transaction, the tender row locked (so changes to one
/// tender's evaluation are serialised), the evaluation tracked, and the database clock. Disposing rolls back unless committed.
/// Transient: one per handler call.
/// </summary>
public sealed class EvaluationWork(ITenderRepository tenders, IEvaluationRepository evaluations) : IAsyncDisposable
{
    private ITenderTransaction? _transaction;

    public Tender? Tender { get; private set; }
    public TenderEvaluation? Evaluation { get; private set; }
    public OpeningRecord? Opening { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task BeginAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        _transaction = await tenders.BeginTransactionAsync(cancellationToken);
        Evaluation = null;
        Opening = null;
        Tender = await tenders.FindForUpdateAsync(tenderId, cancellationToken);
        if (Tender is not null)
        {
            Evaluation = await evaluations.FindByTenderAsync(tenderId, cancellationToken);
            Opening = await evaluations.OpeningAsync(tenderId, cancellationToken);
            Now = await tenders.DatabaseNowAsync(cancellationToken);
        }
    }

    public void Record(EvaluationEvent evaluationEvent) => evaluations.Record(evaluationEvent);

    public void Record(TenderEvent tenderEvent) => tenders.Record(tenderEvent);

    public void Add(TenderEvaluation evaluation)
    {
        evaluations.Add(evaluation);
        Evaluation = evaluation;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await tenders.SaveAsync(cancellationToken);
        await _transaction!.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
