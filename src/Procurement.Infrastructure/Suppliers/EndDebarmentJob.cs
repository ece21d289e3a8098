using Procurement.Application.Suppliers;
using Procurement.Infrastructure.Scheduling;
using Quartz;

namespace Procurement.Infrastructure.Suppliers;

/// <summary>Fires when one supplier's debarment ends (scheduled by the debarment): reinstates it if still due.</summary>
internal sealed class EndDebarmentJob(EndDueDebarmentsHandler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(new EndDueDebarments(ScheduledJobs.Subject(context)), cancellationToken);
}

/// <summary>The daily safety net: ends every overdue debarment, in case a scheduled end was lost.</summary>
[DisallowConcurrentExecution]
internal sealed class EndOverdueDebarmentsJob(EndDueDebarmentsHandler handler) : IJob
{
    public static readonly JobKey Key = new("end-overdue-debarments", "Suppliers");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(new EndDueDebarments(), cancellationToken);
}
