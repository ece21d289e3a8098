using Microsoft.Extensions.Logging;
using Procurement.Application.Opening;
using Procurement.Application.Opening.Ports;
using Procurement.Infrastructure.Scheduling;
using Quartz;

namespace Procurement.Infrastructure.Bids;

/// <summary>
/// Fires at a tender's submission deadline (scheduled at publication, moved by amendments) and opens its bids. The
/// trigger runs by this server's clock and the opening by the database's: if the database has not reached the
/// deadline yet, the job waits out the difference (<see cref="DueAtDatabaseTime"/>); the minute sweep covers anything longer.
/// </summary>
internal sealed class OpenBidsJob(OpenBidsHandler handler, ILogger<OpenBidsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var tenderId = ScheduledJobs.Subject(context);
        await DueAtDatabaseTime.RunAsync(
            async ct => await handler.HandleAsync(new OpenBids(tenderId), ct) is { Outcome: OpeningOutcome.NotYetDue } result ? result.DueAt : null,
            wait => logger.LogInformation("Opening of tender {TenderId} fired before the database clock reached the deadline; waiting {Wait}", tenderId, wait),
            cancellationToken);
    }
}

/// <summary>The safety net, every minute: opens every published tender past its deadline, in case a trigger was lost.</summary>
[DisallowConcurrentExecution]
internal sealed class OpenDueTendersJob(IOpeningRepository openings, OpenBidsHandler handler) : IJob
{
    public static readonly JobKey Key = new("open-due-tenders", "Tenders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var tenderId in await openings.TendersDueForOpeningAsync(cancellationToken))
        {
            await handler.HandleAsync(new OpenBids(tenderId), cancellationToken);
        }
    }
}
