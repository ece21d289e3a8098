using Procurement.Application.Tenders;
using Procurement.Infrastructure.Scheduling;
using Quartz;

namespace Procurement.Infrastructure.Tenders;

/// <summary>Fires at a tender's scheduled publication time: publishes it if it is still scheduled and valid.</summary>
internal sealed class PublishTenderJob(PublishTenderHandler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(new PublishScheduledTender(ScheduledJobs.Subject(context)), cancellationToken);
}
