using Microsoft.Extensions.Logging;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <summary>Publishes a draft (or scheduled) tender at once.</summary>
public sealed record PublishTender(TenderActor Actor, Guid TenderId);

/// <summary>The scheduled job's publication of a tender whose time has come; the platform acts.</summary>
public sealed record PublishScheduledTender(Guid TenderId);

/// <summary>
/// Publication, in one transaction on the locked tender row: check the tender against the database clock, take the
/// next reference number, create the opening key with <c>not_before</c> = the submission deadline, and store it with
/// the reference, ocid, status and <c>published_at</c> (the database's <c>now()</c>) and the event. Only after the
/// commit is the opening scheduled at the deadline and each <see cref="ITenderPublicationSubscriber"/> told (tender
/// alerts); a failure there is logged and does not undo the publication.
/// </summary>
public sealed class PublishTenderHandler(
    ITenderRepository tenders,
    IOpeningKeyVault vault,
    IJobScheduler scheduler,
    IEnumerable<ITenderPublicationSubscriber> subscribers,
    ITenderLinks links,
    TenderSettings settings,
    ILogger<PublishTenderHandler> logger)
{
    public async Task<TenderChange> HandleAsync(PublishTender command, CancellationToken cancellationToken)
    {
        var result = await PublishAsync(command.TenderId, command.Actor, cancellationToken);
        if (result.Succeeded)
        {
            // A schedule made earlier has nothing left to do; the job would find the tender published anyway.
            await scheduler.CancelAsync(ScheduledWork.PublishTender, command.TenderId, cancellationToken);
        }

        return result;
    }

    /// <summary>Idempotent: a tender already published, cancelled, taken back to draft or rescheduled later is left alone.</summary>
    public async Task<TenderChange> HandleAsync(PublishScheduledTender command, CancellationToken cancellationToken) =>
        await PublishAsync(command.TenderId, actor: null, cancellationToken);

    private async Task<TenderChange> PublishAsync(Guid tenderId, TenderActor? actor, CancellationToken cancellationToken)
    {
        PublishedTender notice;
        DateTimeOffset deadline;
        await using (var transaction = await tenders.BeginTransactionAsync(cancellationToken))
        {
            var tender = await tenders.FindForUpdateAsync(tenderId, cancellationToken);
            if (tender is null || (actor is not null && !actor.MayManage(tender)))
            {
                return TenderChange.NotFound(tenderId);
            }

            var now = await tenders.DatabaseNowAsync(cancellationToken);
            // The job fires at the scheduled time by the scheduler's clock; a minute's tolerance covers clock skew with
            // the database. A job left from an earlier, later-moved schedule finds the new time far ahead and does nothing.
            if (actor is null && (tender.Status != TenderStatus.Scheduled || tender.ScheduledPublicationAt > now.AddMinutes(1)))
            {
                return TenderChange.Refused(tenderId, "The tender is not due for scheduled publication.");
            }

            var problems = tender.PublicationProblems(now, settings.Rules);
            if (problems.Count > 0)
            {
                if (actor is null)
                {
                    tenders.Record(tender.FailScheduledPublication(problems[0].Message, now));
                    await tenders.SaveAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    logger.LogWarning("Scheduled publication of tender {TenderId} failed and it went back to draft: {Reason}", tenderId, problems[0].Message);
                }

                return TenderChange.Refused(tenderId, problems.Select(p => new FieldError(p.Field, p.Message)));
            }

            try
            {
                var reference = TenderReference.Format(now.UtcDateTime.Year, await tenders.NextReferenceNumberAsync(cancellationToken));
                var key = vault.CreateTenderKey(tender.Id, tender.SubmissionDeadline);
                var stored = new OpeningKey(
                    key.PublicKey, key.Fingerprint, key.NotBefore, key.Wrapped.Format, key.Wrapped.KeyEncryptionKeyId, key.Wrapped.Nonce, key.Wrapped.Ciphertext);
                tenders.Record(tender.Publish(now, reference, TenderReference.Ocid(settings.OcidPrefix, reference), stored, settings.Rules, actor?.UserId ?? TenderEvent.Platform));
            }
            catch (DomainRuleException refused)
            {
                return TenderChange.Refused(tenderId, refused.Message);
            }

            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            deadline = tender.SubmissionDeadline;
            notice = new PublishedTender(
                tender.Reference!, tender.Title, await tenders.AgencyNameAsync(tender.AgencyId, cancellationToken), tender.CpvCodes,
                tender.SubmissionDeadline, links.PublicPage(tender.Reference!));
        }

        logger.LogInformation("Tender {TenderId} published as {Reference}", tenderId, notice.Reference);
        await ScheduleOpeningAsync(tenderId, deadline, cancellationToken);
        await NotifyAsync(notice, cancellationToken);
        return TenderChange.Done(tenderId);
    }

    /// <summary>The opening at the deadline; if scheduling fails, the minute sweep of due tenders still opens it.</summary>
    private async Task ScheduleOpeningAsync(Guid tenderId, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.ScheduleAsync(ScheduledWork.OpenBids, tenderId, deadline, cancellationToken);
        }
#pragma warning disable CA1031 // The publication is committed; the sweep opens the tender if its trigger is missing.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogError(failure, "Could not schedule the opening of tender {TenderId}; the sweep of due tenders will open it", tenderId);
        }
    }

    private async Task NotifyAsync(PublishedTender notice, CancellationToken cancellationToken)
    {
        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber.OnPublishedAsync(notice, cancellationToken);
            }
#pragma warning disable CA1031 // The tender is published and committed; one failing subscriber must not hide that or stop the others.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                logger.LogError(failure, "Tender publication subscriber {Subscriber} failed for {Reference}", subscriber.GetType().Name, notice.Reference);
            }
        }
    }
}
