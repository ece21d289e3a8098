using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Search;

/// <summary>The outbox as an admin sees it: what is queued, what was given up, and why.</summary>
public sealed record SearchOutboxState(int Queued, int Dead, string? LastDeadError, DateTimeOffset? LastDeadAt);

/// <summary>Reads the state of the search outbox and puts dead entries back in the queue on an admin's request.</summary>
public sealed class SearchOutboxHealth(ProcurementDbContext db, SearchOutboxSignal signal, ILogger<SearchOutboxHealth> logger)
{
    public async Task<SearchOutboxState> ReadAsync(CancellationToken cancellationToken)
    {
        var queued = await db.SearchOutbox.CountAsync(entry => entry.DeadAt == null, cancellationToken);
        var dead = await db.SearchOutbox.CountAsync(entry => entry.DeadAt != null, cancellationToken);
        var last = await db.SearchOutbox.AsNoTracking()
            .Where(entry => entry.DeadAt != null)
            .OrderByDescending(entry => entry.DeadAt).ThenByDescending(entry => entry.Id)
            .Select(entry => new { entry.LastError, entry.DeadAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new SearchOutboxState(queued, dead, last?.LastError, last?.DeadAt);
    }

    /// <summary>Gives every dead entry a fresh set of attempts and wakes the worker; returns how many there were.</summary>
    public async Task<int> RetryDeadAsync(CancellationToken cancellationToken)
    {
        var revived = await db.SearchOutbox.Where(entry => entry.DeadAt != null)
            .ExecuteUpdateAsync(
                entry => entry
                    .SetProperty(e => e.DeadAt, (DateTimeOffset?)null)
                    .SetProperty(e => e.NextAttemptAt, (DateTimeOffset?)null)
                    .SetProperty(e => e.Attempts, 0),
                cancellationToken);
        logger.LogInformation("{Count} dead search outbox entries were queued again by an admin", revived);
        signal.Notify();
        return revived;
    }
}
