namespace Procurement.Infrastructure.Scheduling;

/// <summary>Settings of the Quartz scheduler, from the <c>Scheduling</c> configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>
    /// The Quartz scheduler name: every instance sharing the database is a node of this one cluster. Quartz keeps one
    /// scheduler per name in a process, so two apps in one process on different databases (tests) need different names.
    /// </summary>
    public string SchedulerName { get; set; } = SchedulingRegistration.SchedulerName;

    /// <summary>The Quartz cron expression (UTC) of the daily sweep that ends overdue debarments.</summary>
    public string DebarmentSweepCron { get; set; } = "0 5 0 * * ?";

    /// <summary>
    /// The Quartz cron expression (UTC) of the sweep that opens every published tender past its deadline, in case its
    /// own opening trigger was lost; every minute by default.
    /// </summary>
    public string OpeningSweepCron { get; set; } = "0 * * * * ?";

    /// <summary>
    /// The Quartz cron expression (UTC) of the sweep that ends every standstill period past its end with no open
    /// complaint, in case its own trigger was lost; every five minutes by default.
    /// </summary>
    public string StandstillSweepCron { get; set; } = "30 */5 * * * ?";

    /// <summary>How often each instance tells the cluster it is alive; a node silent for longer has its jobs recovered.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often each instance looks for triggers whose time passed unfired (scheduled in the past, or missed while no
    /// instance ran) and fires them now. Quartz's default is its misfire threshold, a minute.
    /// </summary>
    public TimeSpan MisfireHandlerFrequency { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many jobs one instance runs at once.</summary>
    public int MaxConcurrency { get; set; } = 4;
}
