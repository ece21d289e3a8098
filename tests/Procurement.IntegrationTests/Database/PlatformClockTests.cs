using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Tenders.Ports;
using Procurement.Infrastructure.Database;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Database;

public sealed class PlatformClockTests(AppFixture fixture)
{
    [Fact]
    public async Task Setting_the_clock_back_moves_the_platform_and_database_clocks_of_that_flow_only()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var tenders = scope.ServiceProvider.GetRequiredService<ITenderRepository>();
        var ct = TestContext.Current.CancellationToken;

        // Another flow, like a request or a job, started before and running while the clock is set back.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherFlowReading = Task.Run(async () =>
        {
            await go.Task;
            return clock.GetUtcNow();
        }, ct);

        DateTimeOffset platformThen, databaseThen, otherFlow;
        using (PlatformClock.SetBack(TimeSpan.FromDays(30)))
        {
            platformThen = clock.GetUtcNow();
            databaseThen = await tenders.DatabaseNowAsync(ct);
            go.SetResult();
            otherFlow = await otherFlowReading;
        }

        var now = DateTimeOffset.UtcNow;
        Assert.InRange(platformThen, now.AddDays(-30).AddMinutes(-1), now.AddDays(-30).AddMinutes(1));
        Assert.InRange(databaseThen, now.AddDays(-30).AddMinutes(-1), now.AddDays(-30).AddMinutes(1));
        Assert.InRange(otherFlow, now.AddMinutes(-1), now.AddMinutes(1));
        Assert.InRange(clock.GetUtcNow(), now.AddMinutes(-1), now.AddMinutes(1));
        Assert.InRange(await tenders.DatabaseNowAsync(ct), now.AddMinutes(-1), now.AddMinutes(1));
    }
}
