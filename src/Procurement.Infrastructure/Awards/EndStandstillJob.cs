using Microsoft.Extensions.Logging;
using Procurement.Application.Awards;
using Procurement.Application.Awards.Ports;
using Procurement.Infrastructure.Scheduling;
using Quartz;

namespace Procurement.Infrastructure.Awards;

/// <summary>
/// Fires at the end of a tender's standstill period (scheduled with the award decision) and makes the award final
/// unless a complaint is open. The trigger runs by this server's clock and the check by the database's: if the
/// database has not reached the end yet, the job waits out the difference, a few times at most; the sweep covers the rest.
/// </summary>
internal sealed class EndStandstillJob(EndStandstillHandler handler, ILogger<EndStandstillJob> logger) : IJob
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(2);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var tenderId = ScheduledJobs.Subject(context);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var result = await handler.HandleAsync(new EndStandstill(tenderId), cancellationToken);
            if (result.Outcome != StandstillOutcome.NotYetDue)
            {
                return;
            }

            var wait = result.DueAt!.Value - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(50);
            logger.LogInformation("End of the standstill of tender {TenderId} fired before the database clock reached it; waiting {Wait}", tenderId, wait);
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : wait > LongestWait ? LongestWait : wait, cancellationToken);
        }
    }
}

/// <summary>
/// The safety net: ends every standstill past its end, in case a trigger was lost. A tender blocked by an open
/// complaint is looked at again on each run and left as it is until the complaint is decided.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class EndDueStandstillsJob(IAwardRepository awards, EndStandstillHandler handler) : IJob
{
    public static readonly JobKey Key = new("end-due-standstills", "Awards");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var tenderId in await awards.TendersDueForFinalisingAsync(cancellationToken))
        {
            await handler.HandleAsync(new EndStandstill(tenderId), cancellationToken);
        }
    }
}
