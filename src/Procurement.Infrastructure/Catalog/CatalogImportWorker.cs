using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Procurement.Application.Catalog;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;

namespace Procurement.Infrastructure.Catalog;

/// <summary>
/// Runs queued CSV imports one after another: at once when this instance queues one, and every few seconds for imports
/// queued on other instances. An import that fails unexpectedly is marked failed (nothing of it was written).
/// </summary>
public sealed class CatalogImportWorker(IServiceScopeFactory scopes, CatalogImportSignal signal, TimeProvider clock, ILogger<CatalogImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken))
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
                logger.LogWarning(failure, "Could not look for catalog imports; trying again shortly");
                await Task.Delay(_pollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Runs the next queued import, if any; false when none was waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        Guid importId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<ICatalogImports>().ClaimNextAsync(cancellationToken) is not { } claimed)
            {
                return false;
            }

            importId = claimed;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RunCatalogImportHandler>().HandleAsync(importId, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "Catalog import {ImportId} failed; nothing of it was written", importId);
            await using var scope = scopes.CreateAsyncScope();
            var imports = scope.ServiceProvider.GetRequiredService<ICatalogImports>();
            if (await imports.FindAsync(importId, cancellationToken) is { } import)
            {
                import.Fail("The import could not be written; nothing of it was imported. Try again, and tell support if it fails again.", [], clock.GetUtcNow());
                await imports.SaveProgressAsync(import, cancellationToken);
            }
        }

        return true;
    }
}
