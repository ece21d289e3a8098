using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Notifications;

namespace Procurement.Web.Hosting;

internal static class DatabaseHosting
{
    public static void StopEmbeddedDatabaseOnShutdown(this WebApplication app, DatabaseEndpoint database)
    {
        if (database.EmbeddedCluster is { } cluster)
        {
            app.Lifetime.ApplicationStopped.Register(() => cluster.StopAsync().GetAwaiter().GetResult());
        }
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>Without an SMTP host and a configured pickup folder, mail goes to <c>.data/mail/</c>.</summary>
    public static IServiceCollection PostConfigureMailPickup(this IServiceCollection services, string dataDirectory) =>
        services.PostConfigure<MailOptions>(mail =>
        {
            if (string.IsNullOrWhiteSpace(mail.SmtpHost) && string.IsNullOrWhiteSpace(mail.PickupDirectory))
            {
                mail.PickupDirectory = Path.Combine(dataDirectory, "mail");
            }
        });

    /// <summary>The worker that sends the mail queued in the mail outbox (<see cref="MailOutboxWorker"/>).</summary>
    public static IServiceCollection AddMailOutboxWorker(this IServiceCollection services) => services.AddHostedService<MailOutboxWorker>();
}
