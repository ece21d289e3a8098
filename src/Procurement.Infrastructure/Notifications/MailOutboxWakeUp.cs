using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Procurement.Infrastructure.Notifications;

/// <summary>
/// Signals the mail worker once queued mail is visible to it: after a save outside a transaction, or when the
/// transaction the save ran in commits. A save inside an open transaction signals nothing (the worker would find nothing).
/// </summary>
public sealed class MailOutboxWakeUp(MailOutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfQueued(eventData.Context, afterCommit: false);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfQueued(eventData.Context, afterCommit: false);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SignalIfQueued(eventData.Context, afterCommit: true);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => SignalIfQueued(eventData.Context, afterCommit: true);

    private void SignalIfQueued(DbContext? context, bool afterCommit)
    {
        if (context is null || (!afterCommit && context.Database.CurrentTransaction is not null))
        {
            return;
        }

        // Entries stay tracked (Unchanged) after the save that wrote them, so this also sees mail saved earlier in the transaction.
        if (context.ChangeTracker.Entries<MailOutboxEntry>().Any(entry => entry.State == EntityState.Unchanged))
        {
            signal.Notify();
        }
    }
}
