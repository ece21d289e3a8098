using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Notifications;

/// <summary>The mail outbox as an admin sees it: what is queued, what is being retried, and what was given up.</summary>
public sealed record MailOutboxState(int Queued, int Retrying, IReadOnlyList<DeadMail> Dead);

public sealed record DeadMail(long Id, string To, string Subject, int Attempts, string? LastError, DateTimeOffset DeadAt);

/// <summary>Reads the state of the mail outbox and puts dead mail back in the queue on an admin's request.</summary>
public sealed class MailOutboxHealth(ProcurementDbContext db, MailOutboxSignal signal, ILogger<MailOutboxHealth> logger)
{
    public const int DeadShown = 50;

    public async Task<MailOutboxState> ReadAsync(CancellationToken cancellationToken)
    {
        var queued = await db.MailOutbox.CountAsync(entry => entry.DeadAt == null, cancellationToken);
        var retrying = await db.MailOutbox.CountAsync(entry => entry.DeadAt == null && entry.Attempts > 0, cancellationToken);
        var dead = await db.MailOutbox.AsNoTracking()
            .Where(entry => entry.DeadAt != null)
            .OrderByDescending(entry => entry.DeadAt).ThenByDescending(entry => entry.Id)
            .Take(DeadShown)
            .Select(entry => new DeadMail(entry.Id, entry.ToAddress, entry.Subject, entry.Attempts, entry.LastError, entry.DeadAt!.Value))
            .ToListAsync(cancellationToken);
        return new MailOutboxState(queued, retrying, dead);
    }

    /// <summary>Gives every dead mail a fresh set of attempts and wakes the worker; returns how many there were.</summary>
    public async Task<int> RetryDeadAsync(CancellationToken cancellationToken)
    {
        var revived = await db.MailOutbox.Where(entry => entry.DeadAt != null)
            .ExecuteUpdateAsync(
                entry => entry
                    .SetProperty(e => e.DeadAt, (DateTimeOffset?)null)
                    .SetProperty(e => e.NextAttemptAt, (DateTimeOffset?)null)
                    .SetProperty(e => e.Attempts, 0),
                cancellationToken);
        logger.LogInformation("{Count} dead mails were queued again by an admin", revived);
        signal.Notify();
        return revived;
    }
}
