using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Procurement.Domain.Suppliers;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Adds a search outbox entry for every supplier that a SaveChanges adds, changes or deletes, so the entry is
/// committed (or rolled back) with the change itself: no code path can change a supplier and forget the index.
/// </summary>
public sealed class SupplierChangesToOutbox(TimeProvider clock, SearchOutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Enqueue(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enqueue(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside an explicit transaction the entries are not visible until it commits; the worker's poll catches those.
        if (eventData.Context?.Database.CurrentTransaction is null && eventData.Context?.ChangeTracker.Entries<SearchOutboxEntry>().Any() == true)
        {
            signal.Notify();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Enqueue(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries<Supplier>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => entry.Entity.Id)
            .ToList();
        var now = clock.GetUtcNow();
        context.Set<SearchOutboxEntry>().AddRange(changed.Select(id => new SearchOutboxEntry(id, now)));
    }
}
