using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Procurement.Infrastructure.Search;

/// <summary>Runs one index rebuild at a time in the background and keeps its progress for the admin page to show.</summary>
public sealed class SupplierIndexRebuildJob(IServiceScopeFactory scopes, ILogger<SupplierIndexRebuildJob> logger)
{
    private readonly Lock _gate = new();
    private Task? _running;

    public RebuildProgress Progress { get; private set; } = RebuildProgress.Idle;

    /// <summary>Starts a rebuild unless one is running; returns false when one already was.</summary>
    public bool Start()
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false })
            {
                return false;
            }

            Progress = new RebuildProgress(true, 0, 0, null, null);
            _running = Task.Run(RunAsync);
            return true;
        }
    }

    private async Task RunAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var rebuilder = scope.ServiceProvider.GetRequiredService<SupplierIndexRebuilder>();
            var done = await rebuilder.RebuildAsync(new Progress<(int Done, int Total)>(p => Progress = Progress with { Done = p.Done, Total = p.Total }), CancellationToken.None);
            // The full reindex covers the catalog too: same engine, same admin button.
            await scope.ServiceProvider.GetRequiredService<CatalogIndexRebuilder>().RebuildAsync(CancellationToken.None);
            Progress = new RebuildProgress(false, done, done, DateTimeOffset.UtcNow, null);
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Rebuilding the supplier index failed");
            Progress = Progress with { Running = false, Error = failure.Message };
        }
    }
}

public sealed record RebuildProgress(bool Running, int Done, int Total, DateTimeOffset? FinishedAt, string? Error)
{
    public static RebuildProgress Idle { get; } = new(false, 0, 0, null, null);
}
