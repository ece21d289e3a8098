using Procurement.Application.Notifications;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

public sealed record CancelTender(TenderActor Actor, Guid TenderId, string? Reason);

/// <summary>
/// Cancels a tender with a reason, public once it was published; on the locked row so that it serialises with a
/// publication in progress. A scheduled publication is removed. Every supplier interested in a published tender is
/// told the reason (in-app and e-mail), in the same transaction as the cancellation.
/// </summary>
public sealed class CancelTenderHandler(ITenderRepository tenders, IJobScheduler scheduler, NotifyInterestedSuppliers notify, ITenderLinks links)
{
    public async Task<TenderChange> HandleAsync(CancelTender command, CancellationToken cancellationToken)
    {
        await using (var transaction = await tenders.BeginTransactionAsync(cancellationToken))
        {
            var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
            if (tender is null || !command.Actor.MayManage(tender))
            {
                return TenderChange.NotFound(command.TenderId);
            }

            var wasPublished = tender.Status == TenderStatus.Published;
            try
            {
                tenders.Record(tender.Cancel(command.Reason, command.Actor.UserId, await tenders.DatabaseNowAsync(cancellationToken)));
            }
            catch (DomainRuleException refused)
            {
                return TenderChange.Refused(tender.Id, [new FieldError("Reason", refused.Message)]);
            }

            if (wasPublished)
            {
                await notify.NotifyAsync(tender.Id, Cancelled(tender, await tenders.AgencyNameAsync(tender.AgencyId, cancellationToken)), cancellationToken);
            }

            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await scheduler.CancelAsync(ScheduledWork.PublishTender, command.TenderId, cancellationToken);
        return TenderChange.Done(command.TenderId);
    }

    private Notice Cancelled(Tender tender, string agency) => new(
        $"Tender cancelled: {tender.Reference} {tender.Title}",
        $"""
        {agency} has cancelled the tender {tender.Reference}, "{tender.Title}". No bids will be opened for it.

        Reason: {tender.CancellationReason}
        """,
        links.PublicPage(tender.Reference!));
}
