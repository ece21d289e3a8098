using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Procurement.Infrastructure.Search;

/// <summary>Keeps the catalog index in step with PostgreSQL by draining the catalog outbox, as <see cref="SearchIndexWorker"/> does for suppliers.</summary>
public sealed class CatalogIndexWorker(IServiceScopeFactory scopes, CatalogSearchOutboxSignal signal, ILogger<CatalogIndexWorker> logger) : BackgroundService
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<CatalogOutboxDrainer>().DrainOnceAsync(stoppingToken);
                failures = result.MadeNoProgress ? failures + 1 : 0;
                if (failures > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(_maxBackoff.TotalSeconds, Math.Pow(2, failures))), stoppingToken);
                }
                else if (result.Taken == 0)
                {
                    await signal.WaitAsync(_pollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                failures++;
                logger.LogWarning(failure, "Catalog index update failed ({Failures} in a row)", failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(_maxBackoff.TotalSeconds, Math.Pow(2, failures))), stoppingToken);
            }
        }
    }
}
