using System.Globalization;
using Microsoft.Extensions.Logging;
using Procurement.Application.Notifications;
using Procurement.Application.Notifications.Ports;
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
/// database clock: the new version with its snapshot and event; when the deadline moves, the opening key postponed to
/// it (the same key pair, wrapped again bound to the new deadline) so that it cannot be released at the old time; and
/// the notice to every interested supplier (in-app and e-mail, staged with the change). After the commit, a scheduled
/// opening moves to the new deadline; if that fails it is logged and the amendment stands (an opening job left at the
/// old time finds the key refused until the new one).
/// </summary>
public sealed class AmendTenderHandler(
    ITenderRepository tenders,
    IOpeningKeyVault vault,
    IJobScheduler scheduler,
    NotifyInterestedSuppliers notify,
    ITenderLinks links,
    TenderSettings settings,
    ILogger<AmendTenderHandler> logger)
{
    public async Task<TenderChange> HandleAsync(AmendTender command, CancellationToken cancellationToken)
    {
        TenderAmended amended;
        DateTimeOffset deadline;
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
                amended = tender.Amend(command.Details, command.ChangeSummary!, command.Material, command.Actor.UserId, now, settings.Rules);
                tenders.Record(amended.Event);
                foreach (var version in amended.Versions)
                {
                    tenders.Record(version);
                }

                if (tender.OpeningKeyLagsDeadline)
                {
                    tenders.Record(await PostponeOpeningAsync(tender, command.Actor.UserId, now, cancellationToken));
                }
            }
            catch (DomainRuleException refused)
            {
                return TenderChange.Refused(tender.Id, refused.Message);
            }

            deadline = tender.SubmissionDeadline;
            await notify.NotifyAsync(tender.Id, AmendedNotice(tender, amended, await tenders.AgencyNameAsync(tender.AgencyId, cancellationToken)), cancellationToken);
            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Tender {TenderId} amended to version {Version} (material: {Material})", command.TenderId, amended.Version.Number, amended.Material);
        if (deadline > amended.PreviousSubmissionDeadline)
        {
            await MoveScheduledOpeningAsync(command.TenderId, deadline, cancellationToken);
        }

        return TenderChange.Done(command.TenderId);
    }

    private async Task<TenderEvent> PostponeOpeningAsync(Tender tender, Guid by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = tender.OpeningKey!;
        var wrapped = await vault.PostponeAsync(
            tender.Id, new WrappedOpeningKey(key.WrapFormat, key.KeyEncryptionKeyId, key.WrapNonce, key.WrappedPrivateKey), key.NotBefore, tender.SubmissionDeadline, cancellationToken);
        var postponed = new OpeningKey(key.PublicKey, key.Fingerprint, tender.SubmissionDeadline, wrapped.Format, wrapped.KeyEncryptionKeyId, wrapped.Nonce, wrapped.Ciphertext);
        return tender.PostponeOpening(postponed, by, now);
    }

    private async Task MoveScheduledOpeningAsync(Guid tenderId, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        try
        {
            if (await scheduler.NextRunAsync(ScheduledWork.OpenBids, tenderId, cancellationToken) is not null)
            {
                await scheduler.ScheduleAsync(ScheduledWork.OpenBids, tenderId, deadline, cancellationToken);
            }
        }
#pragma warning disable CA1031 // The amendment is committed; an opening job left at the old time finds the key refused until the new one.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogError(failure, "The opening of tender {TenderId} could not be moved to {Deadline:O}", tenderId, deadline);
        }
    }

    private Notice AmendedNotice(Tender tender, TenderAmended amended, string agency)
    {
        var extended = tender.SubmissionDeadline > amended.PreviousSubmissionDeadline ? $" (extended from {Utc(amended.PreviousSubmissionDeadline)})" : null;
        var bids = amended.Material
            ? "This is a material amendment: if you have already bid, confirm or replace your bid before the deadline."
            : "This amendment corrects wording only; bids already made stand.";
        var text = string.Join(
            "\n",
            $"{agency} has amended the tender {tender.Reference}, \"{tender.Title}\". It is now version {tender.Version}.",
            string.Empty,
            $"What changed: {amended.Version.ChangeSummary}",
            string.Empty,
            bids,
            $"Deadline for bids: {Utc(tender.SubmissionDeadline)}{extended}",
            string.Empty,
            "The tender's page shows the amended tender and every earlier version.");
        var title = $"Tender amended: {tender.Reference} {tender.Title}";
        return new Notice(
            title.Length > Notice.MaxTitleLength ? title[..Notice.MaxTitleLength] : title,
            text.Length > Notice.MaxTextLength ? text[..Notice.MaxTextLength] : text,
            links.PublicPage(tender.Reference!));
    }

    private static string Utc(DateTimeOffset time) => time.ToUniversalTime().ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
