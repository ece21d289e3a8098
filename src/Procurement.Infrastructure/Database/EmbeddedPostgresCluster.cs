using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Procurement.Infrastructure.Database;

/// <summary>
/// A PostgreSQL cluster this process starts from the installed server binaries, listening on a free loopback port.
/// The web app keeps one under <c>.data/postgres</c> and reuses it on the next start; the test fixture makes a
/// throwaway one and deletes it afterwards.
/// </summary>
public sealed class EmbeddedPostgresCluster : IAsyncDisposable
{
    private const string Superuser = "procurement";
    private readonly PostgresBinaries _binaries;
    private readonly string _password;
    private bool _stopped;

    private EmbeddedPostgresCluster(PostgresBinaries binaries, string dataDirectory, string password, int port)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        _password = password;
        Port = port;
    }

    public string DataDirectory { get; }
    public int Port { get; }

    /// <summary>
    /// Starts the cluster in <paramref name="dataDirectory"/>, creating it first if it does not exist. A server
    /// already running there (left by a crashed run) is adopted rather than started twice. A <c>throwaway</c>
    /// cluster trades durability for speed (fsync off): for test clusters that are deleted anyway.
    /// </summary>
    public static async Task<EmbeddedPostgresCluster> StartAsync(string dataDirectory, bool throwaway = false, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate();
        dataDirectory = Path.GetFullPath(dataDirectory);
        var password = await InitialiseIfNewAsync(binaries, dataDirectory, cancellationToken);

        var port = await RunningPortAsync(binaries, dataDirectory, cancellationToken) ?? await StartServerAsync(binaries, dataDirectory, throwaway, cancellationToken);
        var cluster = new EmbeddedPostgresCluster(binaries, dataDirectory, password, port);
        await cluster.WaitUntilAcceptingConnectionsAsync(cancellationToken);
        return cluster;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = Superuser,
        Password = _password,
        Database = database,
    }.ConnectionString;

    public async Task CreateDatabaseIfMissingAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        await ProcessRunner.RunAsServerUserAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w"], CancellationToken.None);
    }

    /// <summary>Stops a server left running in <paramref name="dataDirectory"/> by a process that no longer exists.</summary>
    public static async Task StopIfRunningAsync(string dataDirectory)
    {
        if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            await ProcessRunner.RunAsServerUserAsync(PostgresBinaries.Locate().PgCtl, ["stop", "-D", dataDirectory, "-m", "immediate", "-w"], CancellationToken.None);
        }
    }

    /// <summary>Stops the server and removes its data directory and password file.</summary>
    public async Task DeleteAsync()
    {
        await StopAsync();
        Directory.Delete(DataDirectory, recursive: true);
        File.Delete(PasswordFile(DataDirectory));
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static string PasswordFile(string dataDirectory) => dataDirectory.TrimEnd('/') + ".password";

    private static async Task<string> InitialiseIfNewAsync(PostgresBinaries binaries, string dataDirectory, CancellationToken cancellationToken)
    {
        var passwordFile = PasswordFile(dataDirectory);
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return File.Exists(passwordFile)
                ? (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim()
                : throw new EmbeddedPostgresUnavailableException($"The cluster in {dataDirectory} has no password file at {passwordFile}. Stop the app and delete {dataDirectory} to start afresh.");
        }

        Directory.CreateDirectory(dataDirectory);
        if (Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new EmbeddedPostgresUnavailableException($"{dataDirectory} is not empty but holds no PostgreSQL cluster. Remove it, or point Data:Directory elsewhere.");
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // initdb reads the password from a file the server user can read; it sits beside the new directory only while initdb runs.
        var initPasswordFile = Path.Combine(Path.GetDirectoryName(dataDirectory)!, $".initdb-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(initPasswordFile, password, cancellationToken);
        try
        {
            await ProcessRunner.HandOverAsync(dataDirectory, cancellationToken);
            await ProcessRunner.HandOverAsync(initPasswordFile, cancellationToken);
            await ProcessRunner.RunCheckedAsync(
                binaries.InitDb,
                ["-D", dataDirectory, "-U", Superuser, $"--pwfile={initPasswordFile}", "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"],
                cancellationToken);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }

        return password;
    }

    private static async Task<int?> RunningPortAsync(PostgresBinaries binaries, string dataDirectory, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var (exitCode, _) = await ProcessRunner.RunAsServerUserAsync(binaries.PgCtl, ["status", "-D", dataDirectory], cancellationToken);
        if (exitCode != 0)
        {
            return null;
        }

        // postmaster.pid: line 4 is the port the running server listens on.
        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static async Task<int> StartServerAsync(PostgresBinaries binaries, string dataDirectory, bool throwaway, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var settings = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories=''";
        if (throwaway)
        {
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        var log = Path.Combine(dataDirectory, "server.log");
        try
        {
            await ProcessRunner.RunCheckedAsync(binaries.PgCtl, ["start", "-D", dataDirectory, "-l", log, "-w", "-t", "60", "-o", settings], cancellationToken);
        }
        catch (EmbeddedPostgresUnavailableException failed)
        {
            throw new EmbeddedPostgresUnavailableException($"PostgreSQL did not start in {dataDirectory}; its log is {log}. {failed.Message}");
        }

        return port;
    }

    private async Task WaitUntilAcceptingConnectionsAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (NpgsqlException refused)
            {
                throw new EmbeddedPostgresUnavailableException(
                    $"PostgreSQL in {DataDirectory} did not accept connections on port {Port} within 30 seconds ({refused.Message}); its log is {Path.Combine(DataDirectory, "server.log")}.");
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
