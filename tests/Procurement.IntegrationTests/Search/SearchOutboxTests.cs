using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Search;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Search;

public sealed class SearchOutboxTests(AppFixture fixture)
{
    [Fact]
    public async Task A_supplier_change_and_its_outbox_entry_commit_or_roll_back_together()
    {
        await using var isolated = await IsolatedSearchServices.StartAsync(fixture.Postgres);
        await using var scope = isolated.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();

        await using (var abandoned = await db.Database.BeginTransactionAsync())
        {
            db.Suppliers.Add(VerifiedSupplier("Rolled Back Ltd"));
            await db.SaveChangesAsync();
            await abandoned.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        var kept = VerifiedSupplier("Committed Ltd");
        db.Suppliers.Add(kept);
        await db.SaveChangesAsync();

        Assert.Equal([kept.Id], await db.SearchOutbox.Select(entry => entry.SupplierId).ToListAsync());
    }

    [Fact]
    public async Task A_crash_after_the_index_write_repeats_the_work_and_the_index_ends_up_matching_the_database()
    {
        await using var isolated = await IsolatedSearchServices.StartAsync(fixture.Postgres);
        var supplier = VerifiedSupplier("Crash Test Engineering Ltd");
        await using (var scope = isolated.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync();
        }

        await using (var scope = isolated.Services.CreateAsyncScope())
        {
            var crashing = new CrashAfterIndexWrite(scope.ServiceProvider.GetRequiredService<ISupplierSearch>());
            var drainer = Drainer(scope, crashing, TimeProvider.System);
            Assert.Equal(new DrainResult(1, 0, 1), await drainer.DrainOnceAsync(CancellationToken.None));
        }

        await using (var scope = isolated.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
            var failed = await db.SearchOutbox.SingleAsync();
            Assert.Equal(1, failed.Attempts);
            Assert.Contains("Simulated crash", failed.LastError, StringComparison.Ordinal);
            Assert.True(failed.NextAttemptAt > DateTimeOffset.UtcNow);

            var stored = await db.Suppliers.SingleAsync(s => s.Id == supplier.Id);
            stored.ChangeLocation("GB", "Wales", stored.Address!, Guid.Empty, DateTimeOffset.UtcNow);
            stored.ChangeAbout(SupplierSize.Small, "Bridges and culverts, renamed after the crash.", null, Guid.Empty, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();

            var later = Drainer(scope, scope.ServiceProvider.GetRequiredService<ISupplierSearch>(), new ShiftedClock(TimeSpan.FromHours(1)));
            Assert.Equal(new DrainResult(2, 2, 0), await later.DrainOnceAsync(CancellationToken.None));
            Assert.False(await db.SearchOutbox.AnyAsync());
        }

        var search = isolated.Services.GetRequiredService<ISupplierSearch>();
        var found = await search.SearchAsync(new SupplierQuery("culverts", [], [], [], [VerificationStatus.Verified]), CancellationToken.None);
        Assert.Equal("Wales", Assert.Single(found.Items).Region);
    }

    [Fact]
    public async Task A_full_rebuild_restores_a_lost_index_from_the_database_and_leaves_queued_changes_for_the_worker()
    {
        await using var isolated = await IsolatedSearchServices.StartAsync(fixture.Postgres);
        await using var scope = isolated.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        db.Suppliers.AddRange(Enumerable.Range(1, 25).Select(n => VerifiedSupplier($"Rebuild Test {n:00} Ltd")));
        await db.SaveChangesAsync();
        var search = scope.ServiceProvider.GetRequiredService<ISupplierSearch>();
        await search.ClearAsync(CancellationToken.None);
        var reported = new List<(int Done, int Total)>();

        var indexed = await scope.ServiceProvider.GetRequiredService<SupplierIndexRebuilder>()
            .RebuildAsync(new SynchronousProgress(reported), CancellationToken.None);

        Assert.Equal(25, indexed);
        Assert.Equal((25, 25), reported[^1]);
        Assert.Equal(25, (await search.SearchAsync(new SupplierQuery("rebuild", [], [], [], [VerificationStatus.Verified]), CancellationToken.None)).Total);
        Assert.Equal(25, await db.SearchOutbox.CountAsync());
    }

    private static SearchOutboxDrainer Drainer(AsyncServiceScope scope, ISupplierSearch search, TimeProvider clock) => new(
        scope.ServiceProvider.GetRequiredService<ProcurementDbContext>(), search,
        scope.ServiceProvider.GetRequiredService<SupplierDocumentSource>(), clock, NullLogger<SearchOutboxDrainer>.Instance);

    private static Supplier VerifiedSupplier(string name)
    {
        var supplier = new Supplier(name);
        supplier.Completed(description: $"{name} builds bridges and culverts.", cpvCodes: ["45221000-2"]);
        supplier.SubmitForVerification(Guid.Empty, DateTimeOffset.UtcNow);
        supplier.Verify(Guid.Empty, DateTimeOffset.UtcNow);
        return supplier;
    }

    /// <summary>Writes to the real index, then fails as a process killed at that moment would.</summary>
    private sealed class CrashAfterIndexWrite(ISupplierSearch inner) : ISupplierSearch
    {
        public async Task UpsertAsync(IReadOnlyCollection<SupplierDocument> suppliers, CancellationToken cancellationToken)
        {
            await inner.UpsertAsync(suppliers, cancellationToken);
            throw new IOException("Simulated crash between the index write and marking the outbox entries done.");
        }

        public Task<SupplierSearchResult> SearchAsync(SupplierQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

        public Task<IReadOnlyList<SupplierSuggestion>> SuggestAsync(string prefix, IReadOnlyList<VerificationStatus> statuses, int limit, CancellationToken cancellationToken) =>
            inner.SuggestAsync(prefix, statuses, limit, cancellationToken);

        public Task RemoveAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken) => inner.RemoveAsync(supplierIds, cancellationToken);

        public Task ClearAsync(CancellationToken cancellationToken) => inner.ClearAsync(cancellationToken);
    }

    private sealed class SynchronousProgress(List<(int Done, int Total)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => reports.Add(value);
    }
}
