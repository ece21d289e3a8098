using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Procurement.Infrastructure.Notifications;

/// <summary>
/// Sends queued e-mail by draining the mail outbox: at once when this instance commits mail, and every
/// <see cref="MailOutboxOptions.PollInterval"/> for mail queued by other instances or due for a retry. Backs off while
/// the mail server is failing; mails that keep failing back off one by one in the drainer.
/// </summary>
public sealed class MailOutboxWorker(IServiceScopeFactory scopes, MailOutboxSignal signal, IOptions<MailOutboxOptions> options, ILogger<MailOutboxWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromMinutes(2);

    private TimeSpan Backoff(int failures) => TimeSpan.FromTicks(Math.Min(_maxBackoff.Ticks, options.Value.RetryDelay(failures).Ticks));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<MailOutboxDrainer>().DrainOnceAsync(stoppingToken);
                if (result.MadeNoProgress)
                {
                    failures++;
                    var delay = Backoff(failures);
                    logger.LogWarning("Sending failed for all {Failed} mails tried ({Failures} passes in a row); retrying in {Delay}", result.Failed, failures, delay);
                    await signal.WaitAsync(delay, stoppingToken);
                    continue;
                }

                failures = 0;
                if (result.Taken > 0)
                {
                    continue;
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                failures++;
                var delay = Backoff(failures);
                logger.LogWarning(failure, "Draining the mail outbox failed ({Failures} in a row); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }
}
