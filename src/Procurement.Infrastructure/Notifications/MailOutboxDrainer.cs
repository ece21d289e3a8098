using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Procurement.Application.Notifications.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Notifications;

/// <summary>What one pass of <see cref="MailOutboxDrainer.DrainOnceAsync"/> did.</summary>
/// <param name="Taken">Mails taken from the outbox (0: nothing due).</param>
/// <param name="Sent">Mails the mail server took, now deleted from the outbox.</param>
/// <param name="Failed">Mails whose failure was recorded (retried later, or dead after too many failures).</param>
public sealed record MailDrainResult(int Taken, int Sent, int Failed)
{
    /// <summary>Mails were due but none was sent: the mail server itself is probably down.</summary>
    public bool MadeNoProgress => Taken > 0 && Sent == 0;
}

/// <summary>
/// Sends a batch of due mails one by one and deletes those sent, holding their row locks meanwhile
/// (<c>FOR UPDATE SKIP LOCKED</c>) so that several instances never send the same mail. Delivery is at least once: if
/// the process dies after the server took a mail but before the delete commits, that mail is sent again. A failing mail
/// waits longer before each try (exponential backoff) and after <see cref="MailOutboxOptions.MaxAttempts"/> failures is
/// kept as dead until an admin retries it; after a few failures in a row with no success the rest of the batch is left
/// untouched for the next pass, so a server that is down costs a few calls, not a whole batch of attempts.
/// </summary>
public sealed class MailOutboxDrainer(
    ProcurementDbContext db,
    IMailer mailer,
    IOptions<MailOutboxOptions> options,
    TimeProvider clock,
    ILogger<MailOutboxDrainer> logger)
{
    public const int MaxErrorLength = 2000;
    private const int ConsecutiveFailuresBeforeGivingUpThePass = 3;

    public async Task<MailDrainResult> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.MailOutbox
            .FromSql($"""
                SELECT * FROM mail_outbox
                WHERE dead_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return new MailDrainResult(0, 0, 0);
        }

        var sent = new List<MailOutboxEntry>();
        var failed = 0;
        var failuresInARow = 0;
        foreach (var entry in entries)
        {
            if (failuresInARow == ConsecutiveFailuresBeforeGivingUpThePass && sent.Count == 0)
            {
                break;
            }

            try
            {
                await mailer.SendAsync(new OutgoingMail(entry.ToAddress, entry.Subject, entry.TextBody), cancellationToken);
                sent.Add(entry);
                failuresInARow = 0;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                failuresInARow++;
                failed++;
                RecordFailure(entry, failure, now, settings);
            }
        }

        db.MailOutbox.RemoveRange(sent);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MailDrainResult(entries.Count, sent.Count, failed);
    }

    private void RecordFailure(MailOutboxEntry entry, Exception failure, DateTimeOffset now, MailOutboxOptions settings)
    {
        var error = $"{failure.GetType().Name}: {failure.Message}";
        entry.RecordFailure(error.Length > MaxErrorLength ? error[..MaxErrorLength] : error, now, settings.MaxAttempts, settings.RetryDelay);
        if (entry.DeadAt is not null)
        {
            logger.LogError(failure, "Gave up sending mail {EntryId} \"{Subject}\" after {Attempts} attempts; it is kept as dead until an admin retries it",
                entry.Id, entry.Subject, entry.Attempts);
        }
        else
        {
            logger.LogWarning(failure, "Could not send mail {EntryId} (attempt {Attempts} of {MaxAttempts}); next try after {NextAttemptAt:O}",
                entry.Id, entry.Attempts, settings.MaxAttempts, entry.NextAttemptAt);
        }
    }
}
