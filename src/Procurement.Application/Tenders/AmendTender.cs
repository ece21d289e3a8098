using Microsoft.Extensions.Logging;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <param name="Material">The officer's choice; an amendment that changes a deadline, lots, quantities, values or criteria is material anyway.</param>
public sealed record AmendTender(TenderActor Actor, Guid TenderId, TenderDetails Details, string? ChangeSummary, bool Material);

/// <summary>
/// Amends a published tender before its submission deadline, in one transaction on the locked tender row and by the
/// database clock: the new version with its snapshot and event, and, when the deadline moves, the opening key postponed
/// to it (the same key pair, wrapped again bound to the new deadline) so that it cannot be released at the old time.
/// After the commit, a scheduled opening moves to the new deadline and every <see cref="ITenderAmendmentSubscriber"/> is
/// told; a failure there is logged and the amendment stands (an opening job left at the old time finds the key refused).
/// </summary>
public sealed class AmendTenderHandler(
    ITenderRepository tenders,
    IOpeningKeyVault vault,
    IJobScheduler scheduler,
    IEnumerable<ITenderAmendmentSubscriber> subscribers,
    ITenderLinks links,
    TenderSettings settings,
    ILogger<AmendTenderHandler> logger)
{
    public async Task<TenderChange> HandleAsync(AmendTender command, CancellationToken cancellationToken)
    {
        AmendedTender notice;
        await using (var transaction = await tenders.BeginTransactionAsync(cancellationToken))
        {
            var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
            if (tender is null || !command.Actor.MayManage(tender))
            {
                return TenderChange.NotFound(command.TenderId);
            }

            var now = await tenders.DatabaseNowAsync(cancellationToken);
            var problems = tender.AmendmentProblems(command.Details, command.ChangeSummary, command.Material, now, settings.Rules);
            var errors = await TenderReferenceData.ProblemsAsync(tenders, problems, command.Details, cancellationToken);
            if (errors.Count > 0)
            {
                return TenderChange.Refused(tender.Id, errors);
            }

            try
            {
                var amended = tender.Amend(command.Details, command.ChangeSummary!, command.Material, command.Actor.UserId, now, settings.Rules);
                tenders.Record(amended.Event);
                foreach (var version in amended.Versions)
                {
                    tenders.Record(version);
                }

                if (tender.OpeningKeyLagsDeadline)
                {
                    tenders.Record(await PostponeOpeningAsync(tender, command.Actor.UserId, now, cancellationToken));
                }

                notice = new AmendedTender(
                    tender.Id, tender.Reference!, tender.Title, await tenders.AgencyNameAsync(tender.AgencyId, cancellationToken), tender.CpvCodes, tender.Version,
                    amended.Version.ChangeSummary!, amended.Material, tender.SubmissionDeadline, amended.PreviousSubmissionDeadline, links.PublicPage(tender.Reference!));
            }
            catch (DomainRuleException refused)
            {
                return TenderChange.Refused(tender.Id, refused.Message);
            }

            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Tender {TenderId} amended to version {Version} (material: {Material})", notice.TenderId, notice.Version, notice.Material);
        if (notice.DeadlineExtended)
        {
            await MoveScheduledOpeningAsync(notice, cancellationToken);
        }

        await NotifyAsync(notice, cancellationToken);
        return TenderChange.Done(notice.TenderId);
    }

    private async Task<TenderEvent> PostponeOpeningAsync(Tender tender, Guid by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = tender.OpeningKey!;
        var wrapped = await vault.PostponeAsync(
            tender.Id, new WrappedOpeningKey(key.WrapFormat, key.KeyEncryptionKeyId, key.WrapNonce, key.WrappedPrivateKey), key.NotBefore, tender.SubmissionDeadline, cancellationToken);
        var postponed = new OpeningKey(key.PublicKey, key.Fingerprint, tender.SubmissionDeadline, wrapped.Format, wrapped.KeyEncryptionKeyId, wrapped.Nonce, wrapped.Ciphertext);
        return tender.PostponeOpening(postponed, by, now);
    }

    private async Task MoveScheduledOpeningAsync(AmendedTender notice, CancellationToken cancellationToken)
    {
        try
        {
            if (await scheduler.NextRunAsync(ScheduledWork.OpenBids, notice.TenderId, cancellationToken) is not null)
            {
                await scheduler.ScheduleAsync(ScheduledWork.OpenBids, notice.TenderId, notice.SubmissionDeadline, cancellationToken);
            }
        }
#pragma warning disable CA1031 // The amendment is committed; the opening job, if it fires at the old time, finds the key refused until the new one.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogError(failure, "The opening of tender {TenderId} could not be moved to {Deadline:O}", notice.TenderId, notice.SubmissionDeadline);
        }
    }

    private async Task NotifyAsync(AmendedTender notice, CancellationToken cancellationToken)
    {
        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber.OnAmendedAsync(notice, cancellationToken);
            }
#pragma warning disable CA1031 // The amendment is committed; one failing subscriber must not hide that or stop the others.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                logger.LogError(failure, "Tender amendment subscriber {Subscriber} failed for {Reference}", subscriber.GetType().Name, notice.Reference);
            }
        }
    }
}
