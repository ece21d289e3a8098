using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;

namespace Procurement.Application.Tenders;

public sealed record CancelTender(TenderActor Actor, Guid TenderId, string? Reason);

/// <summary>
/// Cancels a tender with a reason, public once it was published; on the locked row so that it serialises with a
/// publication in progress. A scheduled publication is removed.
/// </summary>
public sealed class CancelTenderHandler(ITenderRepository tenders, IJobScheduler scheduler)
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

            try
            {
                tenders.Record(tender.Cancel(command.Reason, command.Actor.UserId, await tenders.DatabaseNowAsync(cancellationToken)));
            }
            catch (DomainRuleException refused)
            {
                return TenderChange.Refused(tender.Id, [new FieldError("Reason", refused.Message)]);
            }

            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await scheduler.CancelAsync(ScheduledWork.PublishTender, command.TenderId, cancellationToken);
        return TenderChange.Done(command.TenderId);
    }
}
