using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Procurement.Infrastructure.Demo;

namespace Procurement.Web.Hosting;

/// <summary>Tells the person who ran <c>dotnet run</c> where the site is and how to sign in.</summary>
internal static class StartupBanner
{
    public static void PrintStartupBanner(this WebApplication app, string dataDirectory) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { string.Empty, "Procurement is running.", $"  Open:  {string.Join("  ", addresses)}", $"  Data:  {dataDirectory}" };
            if (app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
            {
                lines.AddRange(DemoAccounts.Describe().Select(line => "  " + line));
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        });
}
