using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Procurement.Application;
using Procurement.Application.Audit;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure;
using Procurement.Infrastructure.Audit;
using Procurement.Infrastructure.Database;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Audit;

/// <summary>
/// A database of its own with the infrastructure of one or more "app instances" (service providers with their own
/// connection pools), so a test knows every entry of its audit log and may tamper with it without disturbing others.
/// </summary>
internal sealed class AuditDatabase : IAsyncDisposable
{
    public const string RowTrigger = "audit_log_append_only";

    private readonly List<ServiceProvider> _instances = [];

    private AuditDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public IServiceProvider Services => _instances[0];

    public IReadOnlyList<IServiceProvider> Instances => _instances;

    public static async Task<AuditDatabase> StartAsync(PostgresClusterFixture postgres, int instances = 1)
    {
        var database = new AuditDatabase(await postgres.CreateDatabaseAsync("audit"));
        var pooled = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 8 }.ConnectionString;
        for (var i = 0; i < instances; i++)
        {
            var services = new ServiceCollection().AddLogging();
            services.AddProcurementApplication();
            services.AddProcurementInfrastructure(new ConfigurationBuilder().Build(), pooled);
            database._instances.Add(services.BuildServiceProvider());
        }

        await using var scope = database.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<ProcurementDbContext>(), CancellationToken.None);
        return database;
    }

    /// <summary>A supplier to hang audited decisions on.</summary>
    public async Task<Guid> AddSupplierAsync()
    {
        var supplier = new Supplier($"Audit Test {Guid.NewGuid():N}"[..30]);
        await WithDbAsync(async db =>
        {
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync();
            return 0;
        });
        return supplier.Id;
    }

    /// <summary>Saves one audited decision per reason, each in a save of its own.</summary>
    public async Task RecordDecisionsAsync(Guid supplierId, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var reason = $"Decision {i}";
            await WithDbAsync(async db =>
            {
                db.SupplierDecisions.Add(new SupplierDecision(supplierId, SupplierDecisionKind.DetailsChanged, reason, Guid.NewGuid(), DateTimeOffset.UtcNow));
                return await db.SaveChangesAsync();
            });
        }
    }

    public async Task<T> WithDbAsync<T>(Func<ProcurementDbContext, Task<T>> work, IServiceProvider? instance = null)
    {
        await using var scope = (instance ?? Services).CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProcurementDbContext>());
    }

    public Task<List<AuditLogEntry>> EntriesAsync() => WithDbAsync(db => db.AuditLog.AsNoTracking().OrderBy(entry => entry.Sequence).ToListAsync());

    /// <summary>Walks the chain a few entries at a time, so page boundaries are crossed.</summary>
    public async Task<AuditChainVerification> VerifyAsync(int pageSize = 3)
    {
        await using var scope = Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<Application.Audit.Ports.IAuditLogReader>();
        return await new VerifyAuditChainHandler(reader) { PageSize = pageSize }.HandleAsync(CancellationToken.None);
    }

    /// <summary>
    /// Runs <paramref name="sql"/> as someone with full control of the database would: the test cluster's superuser,
    /// with the append-only trigger switched off for the length of it.
    /// </summary>
    public async Task TamperAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"ALTER TABLE audit_log DISABLE TRIGGER {RowTrigger}; {sql}; ALTER TABLE audit_log ENABLE TRIGGER {RowTrigger};";
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }
}
