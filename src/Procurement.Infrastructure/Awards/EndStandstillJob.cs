using Microsoft.Extensions.Logging;
using Procurement.Application.Awards;
using Procurement.Application.Awards.Ports;
using Procurement.Infrastructure.Scheduling;
using Quartz;

namespace Procurement.Infrastructure.Awards;

/// <summary>
/// Fires at the end of a tender's standstill period (scheduled with the award decision) and makes the award final
/// unless a complaint is open. The trigger runs by this server's clock and the check by the database's: if the
/// database has not reached the end yet, the job waits out the difference (<see cref="DueAtDatabaseTime"/>); the sweep covers the rest.
/// </summary>
internal sealed class EndStandstillJob(EndStandstillHandler handler, ILogger<EndStandstillJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var tenderId = ScheduledJobs.Subject(context);
        await DueAtDatabaseTime.RunAsync(
            async ct => await handler.HandleAsync(new EndStandstill(tenderId), ct) is { Outcome: StandstillOutcome.NotYetDue } result ? result.DueAt : null,
            wait => logger.LogInformation("End of the standstill of tender {TenderId} fired before the database clock reached it; waiting {Wait}", tenderId, wait),
            cancellationToken);
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
