using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Procurement.Infrastructure.Outbox;

/// <summary>
/// Adds outbox entries of type <typeparamref name="TEntry"/> for what a SaveChanges changes, so they commit (or roll
/// back) with the change itself, and wakes the worker once the entries are committed.
/// </summary>
public abstract class ChangesToOutbox<TEntry>(OutboxSignal signal) : SaveChangesInterceptor
    where TEntry : class
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Enqueue(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Enqueue(context);
        }

        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside an explicit transaction the entries are not visible until it commits; the worker's poll catches those.
        if (eventData.Context?.Database.CurrentTransaction is null && eventData.Context?.ChangeTracker.Entries<TEntry>().Any() == true)
        {
            signal.Notify();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>Adds the entries for the context's pending changes.</summary>
    protected abstract void Enqueue(DbContext context);
}
