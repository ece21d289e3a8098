using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Sealing.Bids;
using Procurement.Sealing.Keys;
using Procurement.Sealing.Opening;

namespace Procurement.Sealing;

public static class SealingRegistration
{
    /// <summary>
    /// Registers bid sealing, the opening key vault and receipts. The platform keys (<see cref="PlatformKeys"/>) are
    /// loaded, or generated into <c>&lt;dataDirectory&gt;/keys/</c> when <c>Sealing:GenerateMissingKeys</c> is true, the
    /// first time they are resolved: resolve them at start-up so a missing key stops the app at once. To have opening
    /// key use written to the audit log, register an <see cref="IOpeningKeyAuditLog"/>.
    /// </summary>
    public static IServiceCollection AddSealing(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = SealingOptions.From(configuration, dataDirectory);
        services.AddSingleton(provider => PlatformKeys.Load(options, provider.GetRequiredService<ILogger<PlatformKeys>>()));
        services.AddSingleton<IBidSealer, BidSealer>();
        services.AddSingleton<IReceiptSigner, ReceiptSigner>();
        services.AddSingleton<IReceiptVerifier, ReceiptVerifier>();
        // Scoped: an audit log that writes to the database belongs to the request's or job's unit of work.
        services.AddScoped<IOpeningKeyVault, OpeningKeyVault>();
        return services;
    }
}
