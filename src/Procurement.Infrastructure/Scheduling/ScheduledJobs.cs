using Procurement.Application.Scheduling.Ports;
using Procurement.Infrastructure.Awards;
using Procurement.Infrastructure.Bids;
using Procurement.Infrastructure.Suppliers;
using Procurement.Infrastructure.Tenders;
using Quartz;

namespace Procurement.Infrastructure.Scheduling;

/// <summary>Which Quartz job does each kind of <see cref="ScheduledWork"/>, and how its keys are named.</summary>
internal static class ScheduledJobs
{
    /// <summary>The only job data: the subject's id as a string (the store keeps job data as strings).</summary>
    public const string SubjectId = "subjectId";

    public static Type JobType(ScheduledWork work) => work switch
    {
        ScheduledWork.EndDebarment => typeof(EndDebarmentJob),
        ScheduledWork.PublishTender => typeof(PublishTenderJob),
        ScheduledWork.OpenBids => typeof(OpenBidsJob),
        ScheduledWork.EndStandstill => typeof(EndStandstillJob),
        _ => throw new ArgumentOutOfRangeException(nameof(work), work, "No job does this work."),
    };

    public static JobKey JobKey(ScheduledWork work, Guid subjectId) => new(subjectId.ToString("D"), work.ToString());

    public static TriggerKey TriggerKey(ScheduledWork work, Guid subjectId) => new(subjectId.ToString("D"), work.ToString());

    public static Guid Subject(IJobExecutionContext context) =>
        Guid.Parse(context.MergedJobDataMap.GetString(SubjectId) ?? throw new InvalidOperationException($"Job {context.JobDetail.Key} has no {SubjectId}."));
}
