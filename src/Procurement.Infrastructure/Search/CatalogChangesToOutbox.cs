using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Catalog;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Adds a catalog search outbox entry for every item that a SaveChanges adds, changes or deletes, whose pictures
/// change, or that a framework approves, re-prices or removes, and every item of a supplier whose status or name
/// changes (a suspended supplier's items leave the catalog), so the entry commits (or rolls back) with the change.
/// </summary>
public sealed class CatalogChangesToOutbox(TimeProvider clock, CatalogSearchOutboxSignal signal) : ChangesToOutbox<CatalogSearchOutboxEntry>(signal)
{
    protected override void Enqueue(DbContext context)
    {
        static bool Changed(EntityState state) => state is EntityState.Added or EntityState.Modified or EntityState.Deleted;
        var items = context.ChangeTracker.Entries<CatalogItem>().Where(e => Changed(e.State)).Select(e => e.Entity.Id);
        var pictures = context.ChangeTracker.Entries<CatalogItemImage>().Where(e => Changed(e.State))
            .Select(e => e.Property<Guid>("catalog_item_id").CurrentValue);
        var approvals = context.ChangeTracker.Entries<FrameworkItem>().Where(e => Changed(e.State)).Select(e => e.Entity.ItemId);
        var sellers = context.ChangeTracker.Entries<Supplier>()
            .Where(e => e.State == EntityState.Modified && (e.Property(s => s.Status).IsModified || e.Property(s => s.LegalName).IsModified || e.Property(s => s.TradingName).IsModified))
            .Select(e => e.Entity.Id).ToList();
        var sellersItems = sellers.Count == 0 ? [] : context.Set<CatalogItem>().AsNoTracking().Where(i => sellers.Contains(i.SupplierId)).Select(i => i.Id).ToList();
        var already = context.ChangeTracker.Entries<CatalogSearchOutboxEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.ItemId).ToHashSet();
        var changed = items.Concat(pictures).Concat(approvals).Concat(sellersItems).Where(id => id != Guid.Empty && !already.Contains(id)).Distinct().ToList();
        var now = clock.GetUtcNow();
        context.Set<CatalogSearchOutboxEntry>().AddRange(changed.Select(id => new CatalogSearchOutboxEntry(id, now)));
    }
}
