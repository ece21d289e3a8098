using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Procurement.Domain.Audit;

namespace Procurement.Infrastructure.Audit;

/// <summary>
/// Appends an audit entry for every <see cref="IAuditedEvent"/> that a SaveChanges adds, in the same transaction, so an
/// audited change and its entry commit or roll back together: no code path can record a change and skip the log.
/// With no transaction of the caller's, it opens one around the save (instead of the save's own) and commits it once
/// the save has succeeded, so the chain's lock is held until the entries are committed; inside the caller's
/// transaction, the lock is held until the caller commits or rolls back, so save audited events late in it.
/// </summary>
public sealed class AuditedEventsToLog : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Forget(eventData.Context) is { } stale)
        {
            await stale.DisposeAsync();
        }

        if (eventData.Context is { } context && AddedEvents(context) is { Count: > 0 } events)
        {
            var own = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                _pending.AddOrUpdate(context, new Pending(own, await AuditChainAppender.AppendAsync(context, events, cancellationToken)));
            }
            catch
            {
                if (own is not null)
                {
                    await own.DisposeAsync();
                }

                throw;
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context)?.Dispose();
        if (eventData.Context is { } context && AddedEvents(context) is { Count: > 0 } events)
        {
            var own = context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null;
            try
            {
                _pending.AddOrUpdate(context, new Pending(own, AuditChainAppender.Append(context, events)));
            }
            catch
            {
                own?.Dispose();
                throw;
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { OwnTransaction: { } own })
        {
            await using (own)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { OwnTransaction: { } own })
        {
            using (own)
            {
                own.Commit();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Forget(eventData.Context) is { } own)
        {
            await own.DisposeAsync();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context)?.Dispose();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Forget(eventData.Context) is { } own)
        {
            await own.DisposeAsync();
        }
    }

    private static List<IAuditedEvent> AddedEvents(DbContext context) =>
        context.ChangeTracker.Entries()
            .Where(entry => entry.State == EntityState.Added && entry.Entity is IAuditedEvent)
            .Select(entry => (IAuditedEvent)entry.Entity)
            .ToList();

    private Pending? Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return null;
        }

        _pending.Remove(context);
        return pending;
    }

    /// <summary>
    /// After a failed save (or, should a failure not have been reported, at the next save) the events are still to be saved; their entries are dropped so that a retry chains them
    /// afresh, after whatever was appended meanwhile. Returns the transaction this interceptor opened, to roll back.
    /// </summary>
    private IDbContextTransaction? Forget(DbContext? context)
    {
        if (Take(context) is not { } pending)
        {
            return null;
        }

        foreach (var entry in pending.Entries)
        {
            context!.Entry(entry).State = EntityState.Detached;
        }

        return pending.OwnTransaction;
    }

    private sealed record Pending(IDbContextTransaction? OwnTransaction, IReadOnlyList<AuditLogEntry> Entries);
}
