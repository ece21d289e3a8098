using Procurement.Application.Scheduling.Ports;
using Quartz;

namespace Procurement.Infrastructure.Scheduling;

/// <summary><see cref="IJobScheduler"/> on Quartz: one durable job and one one-shot trigger per work and subject.</summary>
internal sealed class QuartzJobScheduler(ISchedulerFactory schedulers) : IJobScheduler
{
    public async Task ScheduleAsync(ScheduledWork work, Guid subjectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create().OfType(ScheduledJobs.JobType(work))
            .WithIdentity(ScheduledJobs.JobKey(work, subjectId))
            .UsingJobData(ScheduledJobs.SubjectId, subjectId.ToString("D"))
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(ScheduledJobs.TriggerKey(work, subjectId))
            .ForJob(job)
            .StartAt(at)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task<bool> CancelAsync(ScheduledWork work, Guid subjectId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.DeleteJob(ScheduledJobs.JobKey(work, subjectId), cancellationToken);
    }

    public async Task<DateTimeOffset?> NextRunAsync(ScheduledWork work, Guid subjectId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(ScheduledJobs.TriggerKey(work, subjectId), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }
}
