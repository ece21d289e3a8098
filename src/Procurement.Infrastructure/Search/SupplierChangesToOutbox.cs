using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Adds a search outbox entry for every supplier that a SaveChanges adds, changes or deletes, so the entry is
/// committed (or rolled back) with the change itself: no code path can change a supplier and forget the index.
/// </summary>
public sealed class SupplierChangesToOutbox(TimeProvider clock, SearchOutboxSignal signal) : ChangesToOutbox<SearchOutboxEntry>(signal)
{
    protected override void Enqueue(DbContext context)
    {
        var changed = context.ChangeTracker.Entries<Supplier>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => entry.Entity.Id)
            .ToList();
        var now = clock.GetUtcNow();
        context.Set<SearchOutboxEntry>().AddRange(changed.Select(id => new SearchOutboxEntry(id, now)));
    }
}
