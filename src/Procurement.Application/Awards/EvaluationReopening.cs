namespace Procurement.Application.Awards;

/// <summary>Reopens the tender's finalised evaluation in the caller's transaction, when a complaint is upheld.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Until the evaluation aggregate is merged.")]
public sealed class EvaluationReopening
{
    public Task ReopenAsync(Guid tenderId, Guid by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Filled in once the evaluation aggregate is merged: TenderEvaluation.Reopen(by, now) on the tracked evaluation.
        _ = (tenderId, by, now, cancellationToken);
        return Task.CompletedTask;
    }
}
