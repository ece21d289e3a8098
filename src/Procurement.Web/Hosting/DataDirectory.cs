namespace Procurement.Web.Hosting;

/// <summary>Where local state lives (the embedded database and the mail pickup folder): <c>Data:Directory</c> or <c>.data/</c>.</summary>
internal static class DataDirectory
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Data:Directory"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        // From a checkout, keep .data/ at the repository root whichever folder the app was started from.
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Procurement.sln")))
            {
                return Path.Combine(dir.FullName, ".data");
            }
        }

        return Path.Combine(environment.ContentRootPath, ".data");
    }
}
