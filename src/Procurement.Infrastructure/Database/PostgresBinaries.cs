namespace Procurement.Infrastructure.Database;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) installed on this machine.</summary>
public sealed record PostgresBinaries(string Directory)
{
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin. " +
        "Install them (Debian/Ubuntu: apt-get install postgresql) or set ConnectionStrings:Procurement to an existing server.";

    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>
    /// The installation on PATH, else the newest under <paramref name="debianRoot"/>; throws
    /// <see cref="EmbeddedPostgresUnavailableException"/> with <see cref="InstallHint"/> when there is none.
    /// </summary>
    public static PostgresBinaries Locate(string? pathVariable = null, string debianRoot = "/usr/lib/postgresql")
    {
        var candidates = (pathVariable ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(DebianInstallations(debianRoot));

        var directory = candidates.FirstOrDefault(dir => IsProgram(Path.Combine(dir, "initdb")) && IsProgram(Path.Combine(dir, "pg_ctl")));
        return directory is null ? throw new EmbeddedPostgresUnavailableException(InstallHint) : new PostgresBinaries(directory);
    }

    /// <summary>True for a file, or a link whose final target is a file (a link left dangling by an uninstall is not).</summary>
    private static bool IsProgram(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && (file.LinkTarget is null || file.ResolveLinkTarget(returnFinalTarget: true)?.Exists == true);
    }

    private static IEnumerable<string> DebianInstallations(string root)
    {
        if (!System.IO.Directory.Exists(root))
        {
            return [];
        }

        return System.IO.Directory.GetDirectories(root)
            .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
            .OrderByDescending(entry => entry.version)
            .Select(entry => Path.Combine(entry.dir, "bin"));
    }
}
