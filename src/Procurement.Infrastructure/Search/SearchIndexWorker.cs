using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// Keeps the search index in step with PostgreSQL by draining the outbox: at once when this instance saves a
/// supplier, and every few seconds for changes made by other instances. Backs off while the index is failing; entries that keep failing back off one by one in the drainer.
/// </summary>
public sealed class SearchIndexWorker(IServiceScopeFactory scopes, SearchOutboxSignal signal, ILogger<SearchIndexWorker> logger) : BackgroundService
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromMinutes(2);

    private static TimeSpan Backoff(int failures) => TimeSpan.FromSeconds(Math.Min(_maxBackoff.TotalSeconds, Math.Pow(2, failures)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var drainer = scope.ServiceProvider.GetRequiredService<SearchOutboxDrainer>();
                var result = await drainer.DrainOnceAsync(stoppingToken);
                if (result.MadeNoProgress)
                {
                    failures++;
                    var delay = Backoff(failures);
                    logger.LogWarning("Search index update failed for all {Failed} supplier changes tried ({Failures} in a row); retrying in {Delay}", result.Failed, failures, delay);
                    await Task.Delay(delay, stoppingToken);
                    continue;
                }

                failures = 0;
                if (result.Taken > 0)
                {
                    continue;
                }

                await signal.WaitAsync(_pollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                failures++;
                var delay = Backoff(failures);
                logger.LogWarning(failure, "Search index update failed ({Failures} in a row); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }
}
