using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Keeps the search index in step with PostgreSQL by draining the outbox: at once when this instance saves a
/// supplier, and every few seconds for changes made by other instances. Backs off while the index is failing.
/// </summary>
public sealed class SearchIndexWorker(IServiceScopeFactory scopes, SearchOutboxSignal signal, ILogger<SearchIndexWorker> logger) : BackgroundService
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
                var drainer = scope.ServiceProvider.GetRequiredService<SearchOutboxDrainer>();
                if (await drainer.DrainOnceAsync(stoppingToken) > 0)
                {
                    failures = 0;
                    continue;
                }

                failures = 0;
                await signal.WaitAsync(_pollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(_maxBackoff.TotalSeconds, Math.Pow(2, failures)));
                logger.LogWarning(failure, "Search index update failed ({Failures} in a row); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }
}
