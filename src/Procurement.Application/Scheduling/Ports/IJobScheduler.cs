namespace Procurement.Application.Scheduling.Ports;

/// <summary>Work the platform does by itself at a set time, for one subject (a supplier, a tender, an order …).</summary>
public enum ScheduledWork
{
    /// <summary>Reinstate a debarred supplier when its debarment ends; the subject is the supplier.</summary>
    EndDebarment,

    /// <summary>Publish a scheduled tender at its publication time; the subject is the tender.</summary>
    PublishTender,

    /// <summary>Open a tender's sealed bids at its submission deadline; the subject is the tender.</summary>
    OpenBids,

    /// <summary>End a tender's standstill period and make its award final; the subject is the tender.</summary>
    EndStandstill,
}

/// <summary>
/// Runs work at a time, durably: the schedule survives restarts and, with several instances, the work runs once.
/// The work itself must be idempotent and load its state when it runs, since it only receives the subject's id.
/// </summary>
public interface IJobScheduler
{
    /// <summary>
    /// Schedules <paramref name="work"/> for <paramref name="subjectId"/> at <paramref name="at"/>, replacing an earlier
    /// schedule of the same work for the same subject. A time in the past (or one missed while no instance ran)
    /// runs as soon as possible.
    /// </summary>
    Task ScheduleAsync(ScheduledWork work, Guid subjectId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Removes the schedule, if any; returns whether there was one.</summary>
    Task<bool> CancelAsync(ScheduledWork work, Guid subjectId, CancellationToken cancellationToken);

    /// <summary>When the work is next due for the subject; null when none is scheduled.</summary>
    Task<DateTimeOffset?> NextRunAsync(ScheduledWork work, Guid subjectId, CancellationToken cancellationToken);
}
