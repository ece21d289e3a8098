using System.Diagnostics;

namespace Procurement.Infrastructure.Database;

/// <summary>
/// Runs the PostgreSQL programs. PostgreSQL refuses to run as root, so a root process runs them as the
/// <c>postgres</c> system user through <c>runuser</c>; any other user runs them directly.
/// </summary>
internal static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    public static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    /// <summary>Runs a PostgreSQL program as the user the server runs as.</summary>
    public static Task<(int ExitCode, string Output)> RunAsServerUserAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunsAsRoot
            ? RunAsync("runuser", ["-u", ServiceUser, "--", program, .. arguments], cancellationToken)
            : RunAsync(program, arguments, cancellationToken);

    public static async Task RunCheckedAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsServerUserAsync(program, arguments, cancellationToken);
        if (exitCode != 0)
        {
            throw new EmbeddedPostgresUnavailableException($"{Path.GetFileName(program)} failed with exit code {exitCode}: {output}");
        }
    }

    /// <summary>Gives a path to the server user when running as root, so the server may read and write it.</summary>
    public static async Task HandOverAsync(string path, CancellationToken cancellationToken)
    {
        if (!RunsAsRoot)
        {
            return;
        }

        var (exitCode, output) = await RunAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", path], cancellationToken);
        if (exitCode != 0)
        {
            throw new EmbeddedPostgresUnavailableException(
                $"Running as root, the data directory must belong to the '{ServiceUser}' user, but chown failed: {output} " +
                "The 'postgres' user is created by the postgresql package (apt-get install postgresql).");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new EmbeddedPostgresUnavailableException($"Could not run {program}: {missing.Message}. It comes with util-linux (runuser) or the PostgreSQL server package.");
        }

        using var process = started ?? throw new EmbeddedPostgresUnavailableException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
