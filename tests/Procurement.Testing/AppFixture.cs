namespace Procurement.Testing;

/// <summary>
/// The assembly fixture of a test project: the PostgreSQL cluster and one app on its own database, shared by every
/// test in the assembly (starting the app migrates and seeds, which is worth doing once).
/// Tests that change shared state create their own users or organisations rather than altering the demo ones.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private readonly PostgresClusterFixture _postgres = new();
    private ProcurementAppFactory? _app;

    public ProcurementAppFactory App => _app ?? throw new InvalidOperationException("The app has not started.");
    public PostgresClusterFixture Postgres => _postgres;

    public virtual async ValueTask InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _app = new ProcurementAppFactory(await _postgres.CreateDatabaseAsync("app"));
        ConfigureApp(_app);
        _app.StartServer();
    }

    /// <summary>Lets a fixture change how the app is hosted before it starts (for example, on Kestrel).</summary>
    protected virtual void ConfigureApp(ProcurementAppFactory app)
    {
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _postgres.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
