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

public sealed class SearchOutboxPoisonTests(AppFixture fixture)
{
    [Fact]
    public async Task An_entry_the_index_always_refuses_backs_off_then_dies_without_holding_up_the_others_and_an_admin_can_retry_it()
    {
        await using var isolated = await IsolatedSearchServices.StartAsync(fixture.Postgres);
        var poisoned = Supplier("Poisoned Entry Ltd");
        var healthy = Supplier("Healthy Entry Ltd");
        await using (var scope = isolated.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
            db.Suppliers.AddRange(poisoned, healthy);
            await db.SaveChangesAsync();
        }

        var refusing = new RefusesOneSupplier(isolated.Services.GetRequiredService<ISupplierSearch>(), poisoned.Id);
        Assert.Equal(new DrainResult(2, 1, 1), await DrainAsync(isolated, refusing, TimeSpan.Zero));
        var search = isolated.Services.GetRequiredService<ISupplierSearch>();
        Assert.Equal(1, (await search.SearchAsync(new SupplierQuery("healthy", [], [], [], [VerificationStatus.Verified]), CancellationToken.None)).Total);

        var entry = await EntryAsync(isolated, poisoned.Id);
        Assert.Equal(1, entry.Attempts);
        Assert.Contains("mapper_parsing_exception", entry.LastError, StringComparison.Ordinal);
        Assert.InRange(entry.NextAttemptAt!.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(11));
        Assert.Equal(new DrainResult(0, 0, 0), await DrainAsync(isolated, refusing, TimeSpan.Zero));

        // Each retry waits twice as long (capped), so move the clock on past every wait.
        var elapsed = TimeSpan.Zero;
        for (var attempt = 2; attempt <= SearchOutboxDrainer.MaxAttempts; attempt++)
        {
            elapsed += SearchOutboxDrainer.RetryDelay(attempt - 1) + TimeSpan.FromSeconds(1);
            Assert.Equal(new DrainResult(1, 0, 1), await DrainAsync(isolated, refusing, elapsed));
        }

        entry = await EntryAsync(isolated, poisoned.Id);
        Assert.Equal((SearchOutboxDrainer.MaxAttempts, true), (entry.Attempts, entry.DeadAt is not null));
        Assert.Equal(new DrainResult(0, 0, 0), await DrainAsync(isolated, refusing, elapsed + TimeSpan.FromDays(1)));
        Assert.Equal(TimeSpan.FromHours(1), SearchOutboxDrainer.RetryDelay(50));

        await using (var scope = isolated.Services.CreateAsyncScope())
        {
            var health = scope.ServiceProvider.GetRequiredService<SearchOutboxHealth>();
            var state = await health.ReadAsync(CancellationToken.None);
            Assert.Equal((0, 1), (state.Queued, state.Dead));
            Assert.Contains("mapper_parsing_exception", state.LastDeadError, StringComparison.Ordinal);
            Assert.Equal(1, await health.RetryDeadAsync(CancellationToken.None));
        }

        Assert.Equal(new DrainResult(1, 1, 0), await DrainAsync(isolated, search, TimeSpan.Zero));
        Assert.Equal(1, (await search.SearchAsync(new SupplierQuery("poisoned", [], [], [], [VerificationStatus.Verified]), CancellationToken.None)).Total);
    }

    [Fact]
    public async Task The_admin_page_shows_dead_entries_with_the_last_error_and_retries_them()
    {
        var supplierId = Guid.NewGuid();
        await fixture.App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO search_outbox (supplier_id, enqueued_at, attempts, last_error, dead_at) VALUES ({supplierId}, now(), 10, 'HttpRequestException: index is read-only', now())"));
        using var admin = new WebSession(fixture.App);
        await Identity.TestAccounts.SignInAsync(admin, "admin@procurement.test");
        await Identity.TestAccounts.EnterCodeAsync(admin, AuthenticatorApp.CurrentCode(Infrastructure.Demo.DemoOptions.TotpSecret));

        var page = await admin.GetAsync("/admin/search-index");
        Assert.Contains("could not be indexed", page.Text, StringComparison.Ordinal);
        Assert.Contains("index is read-only", page.Text, StringComparison.Ordinal);

        var retried = await admin.SubmitAsync("/admin/search-index", "/admin/search-index/retry-dead", new Dictionary<string, string>());
        Assert.Contains("queued again", retried.Text, StringComparison.Ordinal);
        Assert.False(await fixture.App.WithDbAsync(db => db.SearchOutbox.AnyAsync(entry => entry.SupplierId == supplierId && entry.DeadAt != null)));
    }

    private static async Task<DrainResult> DrainAsync(IsolatedSearchServices isolated, ISupplierSearch search, TimeSpan later)
    {
        await using var scope = isolated.Services.CreateAsyncScope();
        var drainer = new SearchOutboxDrainer(
            scope.ServiceProvider.GetRequiredService<ProcurementDbContext>(), search,
            scope.ServiceProvider.GetRequiredService<SupplierDocumentSource>(), new ShiftedClock(later), NullLogger<SearchOutboxDrainer>.Instance);
        return await drainer.DrainOnceAsync(CancellationToken.None);
    }

    private static async Task<SearchOutboxEntry> EntryAsync(IsolatedSearchServices isolated, Guid supplierId)
    {
        await using var scope = isolated.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProcurementDbContext>().SearchOutbox.AsNoTracking().SingleAsync(e => e.SupplierId == supplierId);
    }

    private static Supplier Supplier(string name) =>
        new Supplier(name).Completed("London", $"{name} paints road markings.", ["45233221-4"]).VerifiedAt(DateTimeOffset.UtcNow);

    /// <summary>An index that refuses one document, as Elasticsearch refuses one that does not fit its mapping.</summary>
    private sealed class RefusesOneSupplier(ISupplierSearch inner, Guid refused) : ISupplierSearch
    {
        public Task UpsertAsync(IReadOnlyCollection<SupplierDocument> suppliers, CancellationToken cancellationToken) =>
            suppliers.Any(s => s.Id == refused)
                ? throw new InvalidOperationException($"mapper_parsing_exception: failed to parse supplier {refused}")
                : inner.UpsertAsync(suppliers, cancellationToken);

        public Task<SupplierSearchResult> SearchAsync(SupplierQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

        public Task<IReadOnlyList<SupplierSuggestion>> SuggestAsync(string prefix, IReadOnlyList<VerificationStatus> statuses, int limit, CancellationToken cancellationToken) =>
            inner.SuggestAsync(prefix, statuses, limit, cancellationToken);

        public Task RemoveAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken) => inner.RemoveAsync(supplierIds, cancellationToken);

        public Task ClearAsync(CancellationToken cancellationToken) => inner.ClearAsync(cancellationToken);
    }
}
