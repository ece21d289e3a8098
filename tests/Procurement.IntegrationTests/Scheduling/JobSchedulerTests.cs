using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Procurement.Application.Scheduling.Ports;
using Procurement.Domain.Suppliers;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;
using Quartz;

namespace Procurement.IntegrationTests.Scheduling;

public sealed class JobSchedulerTests(AppFixture fixture)
{
    [Fact]
    public async Task Work_scheduled_in_the_past_runs_at_once()
    {
        var (id, _, _) = await fixture.App.VerifiedSupplierWithUserAsync(supplier =>
            supplier.Suspend(Guid.NewGuid(), "Misrepresentation.", until: DateTimeOffset.UtcNow.AddHours(-2), at: DateTimeOffset.UtcNow.AddDays(-20)));

        await ScheduleAsync(fixture.App, id, DateTimeOffset.UtcNow.AddHours(-1));

        Assert.Equal(VerificationStatus.Verified, await fixture.App.EventuallyAsync(id, VerificationStatus.Verified, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Work_scheduled_for_later_is_stored_in_the_qrtz_tables_as_a_recoverable_one_shot_that_fires_now_if_missed()
    {
        var subject = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddDays(30);

        await ScheduleAsync(fixture.App, subject, at);

        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT t.sched_name, t.next_fire_time, t.misfire_instr, t.trigger_type, j.requests_recovery, j.job_data
            FROM qrtz_triggers t JOIN qrtz_job_details j USING (sched_name, job_name, job_group)
            WHERE t.trigger_name = @name AND t.trigger_group = 'EndDebarment'
            """, connection);
        query.Parameters.AddWithValue("name", subject.ToString("D"));
        await using var row = await query.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync(), "No trigger row in qrtz_triggers.");
        // The test host names the scheduler after its database (Scheduling:SchedulerName); the app's default is "Procurement".
        Assert.Equal($"Procurement-{new NpgsqlConnectionStringBuilder(fixture.App.ConnectionString).Database}", row.GetString(0));
        Assert.Equal(at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, row.GetInt64(1) - DateTimeOffset.UnixEpoch.UtcTicks, TimeSpan.TicksPerMillisecond);
        Assert.Equal((short)SimpleTriggerMisfireInstruction.FireNow, row.GetInt16(2));
        Assert.True(row.GetBoolean(4));
        Assert.Contains(subject.ToString("D"), Encoding.UTF8.GetString((byte[])row[5]), StringComparison.Ordinal);
        await row.CloseAsync();

        await using var scope = fixture.App.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IJobScheduler>().CancelAsync(ScheduledWork.EndDebarment, subject, CancellationToken.None));
    }

    [Fact]
    public async Task A_schedule_survives_a_restart_of_the_app()
    {
        var connectionString = await fixture.Postgres.CreateDatabaseAsync("restart");
        var subject = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddDays(7);
        await using (var first = new ProcurementAppFactory(connectionString))
        {
            first.StartServer();
            await ScheduleAsync(first, subject, at);
        }

        await using var second = new ProcurementAppFactory(connectionString);
        second.StartServer();
        await using var scope = second.Services.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<IJobScheduler>().NextRunAsync(ScheduledWork.EndDebarment, subject, CancellationToken.None);
        Assert.Equal(at.ToUnixTimeMilliseconds(), next?.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task The_daily_debarment_sweep_is_stored_as_a_cron_trigger()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var scheduler = await scope.ServiceProvider.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("end-overdue-debarments-daily", "Suppliers")), exactMatch: false);

        Assert.Equal("0 5 0 * * ?", trigger.CronExpressionString);
        Assert.True(trigger.NextFireTimeUtc > DateTimeOffset.UtcNow);
    }

    private static async Task ScheduleAsync(ProcurementAppFactory app, Guid subject, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IJobScheduler>().ScheduleAsync(ScheduledWork.EndDebarment, subject, at, CancellationToken.None);
    }
}
