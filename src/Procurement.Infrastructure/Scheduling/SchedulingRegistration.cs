using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Scheduling.Ports;
using Procurement.Infrastructure.Awards;
using Procurement.Infrastructure.Bids;
using Procurement.Infrastructure.Payments;
using Procurement.Infrastructure.Suppliers;
using Procurement.Infrastructure.Tenders;
using Quartz;

namespace Procurement.Infrastructure.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>The default Quartz scheduler name (<c>Scheduling:SchedulerName</c>).</summary>
    public const string SchedulerName = "Procurement";

    public const string TablePrefix = "qrtz_";

    /// <summary>
    /// Quartz on the ADO job store in the app's PostgreSQL database (tables from the migrations, prefix
    /// <see cref="TablePrefix"/>), clustered with generated instance ids, job data kept as strings, and the hosted
    /// service that starts it. <paramref name="connectionString"/> is the resolved one: with the embedded cluster it
    /// exists only once the cluster has started, which <c>Program</c> does before registering services. The hosted
    /// service starts the scheduler after <c>DatabaseInitializer</c> has migrated (Program migrates before
    /// <c>RunAsync</c>), and jobs wait for the application to have started.
    /// </summary>
    public static IServiceCollection AddProcurementScheduling(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.Configure<SchedulingOptions>(configuration.GetSection(SchedulingOptions.Section));
        services.Configure<QuartzSchedulerOptions>(scheduler => scheduler.InstanceName = options.SchedulerName);
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(options.MaxConcurrency);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSerializer<Quartz.Impl.SystemTextJsonObjectSerializer>();
                store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
                store.ConfigureStore(ado =>
                {
                    ado.TablePrefix = TablePrefix;
                    ado.StoreJobDataAsStrings = true;
                    ado.MisfireHandlerFrequency = options.MisfireHandlerFrequency;
                });
            });
            quartz.AddJobType<EndDebarmentJob>();
            quartz.AddJobType<PublishTenderJob>();
            quartz.AddJobType<OpenBidsJob>();
            quartz.AddJobType<EndStandstillJob>();
            quartz.AddJob<OpenDueTendersJob>(job => job.WithIdentity(OpenDueTendersJob.Key).StoreDurably().RequestRecovery());
            quartz.AddTrigger(trigger => trigger
                .ForJob(OpenDueTendersJob.Key)
                .WithIdentity("open-due-tenders-sweep", "Tenders")
                .WithCronSchedule(options.OpeningSweepCron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
            quartz.AddJob<EndDueStandstillsJob>(job => job.WithIdentity(EndDueStandstillsJob.Key).StoreDurably().RequestRecovery());
            quartz.AddTrigger(trigger => trigger
                .ForJob(EndDueStandstillsJob.Key)
                .WithIdentity("end-due-standstills-sweep", "Awards")
                .WithCronSchedule(options.StandstillSweepCron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
            quartz.AddJob<EndOverdueDebarmentsJob>(job => job.WithIdentity(EndOverdueDebarmentsJob.Key).StoreDurably().RequestRecovery());
            quartz.AddTrigger(trigger => trigger
                .ForJob(EndOverdueDebarmentsJob.Key)
                .WithIdentity("end-overdue-debarments-daily", "Suppliers")
                .WithCronSchedule(options.DebarmentSweepCron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
            quartz.AddJob<ReconcilePaymentsJob>(job => job.WithIdentity(ReconcilePaymentsJob.Key).StoreDurably().RequestRecovery());
            quartz.AddTrigger(trigger => trigger
                .ForJob(ReconcilePaymentsJob.Key)
                .WithIdentity("reconcile-payments-sweep", "Payments")
                .WithCronSchedule(PaymentsRegistration.Settings(configuration).ReconcileCron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddScoped<IJobScheduler, QuartzJobScheduler>();
        return services;
    }
}
