using Procurement.Application;
using Procurement.Infrastructure;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Scheduling;
using Procurement.Payments.Stripe;
using Procurement.Sealing;
using Procurement.Web.Features.Identity;
using Procurement.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var dataDirectory = DataDirectory.Resolve(builder.Configuration, builder.Environment);
DatabaseEndpoint database;
try
{
    database = await DatabaseEndpoint.ResolveAsync(builder.Configuration.GetConnectionString("Procurement"), dataDirectory, CancellationToken.None);
}
catch (EmbeddedPostgresUnavailableException unavailable)
{
    await Console.Error.WriteLineAsync(unavailable.Message);
    return 1;
}

builder.Services.AddProcurementApplication();
builder.Services.AddProcurementInfrastructure(builder.Configuration, database.ConnectionString);
builder.Services.AddProcurementScheduling(builder.Configuration, database.ConnectionString);
builder.Services.AddStripePayments(builder.Configuration);
builder.Services.PostConfigureMailPickup(dataDirectory);
builder.Services.AddMailOutboxWorker();
builder.Services.AddProcurementSearch(builder.Configuration, dataDirectory);
builder.Services.AddSealing(builder.Configuration, dataDirectory);
builder.Services.AddProcurementIdentity();
builder.Services.AddProcurementWeb();
builder.Services.AddProcurementRateLimiting(builder.Configuration);
builder.Services.AddProcurementHealthChecks();

var app = builder.Build();
app.StopEmbeddedDatabaseOnShutdown(database);
app.InitialiseSealingKeys();
await app.InitialiseDatabaseAsync();
if (args.Contains(SearchIndexCommand.Switch))
{
    var exitCode = await SearchIndexCommand.RebuildAsync(app);
    if (database.EmbeddedCluster is { } cluster)
    {
        await cluster.StopAsync();
    }

    return exitCode;
}

await app.PrepareSearchIndexAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapProcurementHealthChecks();
app.MapControllers();
app.PrintStartupBanner(dataDirectory);

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
