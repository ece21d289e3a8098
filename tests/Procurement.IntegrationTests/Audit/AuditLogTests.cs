using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Audit;
using Procurement.Application.Opening.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Audit;

/// <summary>What the running app writes to its audit log, and when it does not.</summary>
public sealed class AuditLogTests(AppFixture fixture)
{
    [Fact]
    public async Task An_officer_verifying_a_supplier_writes_supplier_verified_in_the_same_transaction_as_the_decision()
    {
        var supplier = new Supplier($"Audited Verification {Guid.NewGuid():N}"[..34]).Completed();
        await fixture.App.AddWithUserAsync(supplier, "audit", "Ada Audit", "correct horse battery staple");
        await SubmitAsync(supplier);
        using var officer = new WebSession(fixture.App);
        await officer.SignInAsync(TestAccounts.DemoOfficer);
        await officer.EnterCodeAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));

        var decided = await officer.SubmitAsync($"/verification/{supplier.Id}", $"/verification/{supplier.Id}", new Dictionary<string, string> { ["Decision"] = "verify" });

        Assert.Contains("The supplier is verified", decided.Text, StringComparison.Ordinal);
        var officerId = await UserIdAsync(TestAccounts.DemoOfficer);
        var entry = await fixture.App.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.Subject == $"supplier:{supplier.Id:D}" && e.Action == "supplier.verified"));
        Assert.Equal(officerId, entry.Actor);
        Assert.Null(entry.Detail);
        // Rows written by one transaction carry its id in xmin.
        var transactions = await fixture.App.WithDbAsync(db => db.Database.SqlQuery<string>($"""
            SELECT xmin::text AS "Value" FROM supplier_decisions WHERE supplier_id = {supplier.Id} AND kind = 'Verified'
            UNION ALL SELECT xmin::text FROM audit_log WHERE sequence = {entry.Sequence}
            """).ToListAsync());
        Assert.Equal(2, transactions.Count);
        Assert.Single(transactions.Distinct());
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_entry_and_the_next_save_takes_its_place()
    {
        var supplierId = await SupplierAsync();
        var headBefore = await HeadAsync();
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.SupplierDecisions.Add(Decision(supplierId, "rolled back"));
            await db.SaveChangesAsync();
            Assert.True(await db.AuditLog.AnyAsync(e => e.Detail == "rolled back" && e.Subject == $"supplier:{supplierId:D}"));
            await transaction.RollbackAsync();
        }

        Assert.False(await fixture.App.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Subject == $"supplier:{supplierId:D}")));
        await fixture.App.WithDbAsync(async db =>
        {
            db.SupplierDecisions.Add(Decision(supplierId, "kept"));
            return await db.SaveChangesAsync();
        });
        var kept = await fixture.App.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.Subject == $"supplier:{supplierId:D}"));
        Assert.Equal("kept", kept.Detail);
        Assert.True(kept.Sequence > headBefore);
    }

    [Fact]
    public async Task A_save_that_fails_writes_no_entry_and_a_retry_is_chained_afresh()
    {
        var supplierId = await SupplierAsync();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        var orphan = Decision(Guid.NewGuid(), "no such supplier");
        db.SupplierDecisions.Add(orphan);
        db.SupplierDecisions.Add(Decision(supplierId, "retried"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Null(db.Database.CurrentTransaction);
        db.Entry(orphan).State = EntityState.Detached;
        await db.SaveChangesAsync();

        var entries = await fixture.App.WithDbAsync(other => other.AuditLog.Where(e => e.Detail == "no such supplier" || e.Subject == $"supplier:{supplierId:D}").ToListAsync());
        Assert.Equal("retried", Assert.Single(entries).Detail);
    }

    [Fact]
    public async Task A_refused_opening_key_attempt_is_kept_when_the_callers_transaction_rolls_back_and_a_release_is_recorded()
    {
        var tenderId = Guid.NewGuid();
        var notBefore = DateTimeOffset.UtcNow.AddDays(1);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var vault = scope.ServiceProvider.GetRequiredService<IOpeningKeyVault>();
            var key = vault.CreateTenderKey(tenderId, notBefore);
            var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await Assert.ThrowsAsync<OpeningTooEarlyException>(() => vault.UnwrapForOpeningAsync(tenderId, key.Wrapped, notBefore, notBefore.AddTicks(-10), CancellationToken.None));
                await transaction.RollbackAsync();
            }

            using var opener = await vault.UnwrapForOpeningAsync(tenderId, key.Wrapped, notBefore, notBefore, CancellationToken.None);
        }

        var entries = await fixture.App.WithDbAsync(db => db.AuditLog.Where(e => e.Subject == $"tender:{tenderId:D}").OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(["opening_key.refused_too_early", "opening_key.released"], entries.Select(e => e.Action));
        Assert.All(entries, entry => Assert.Equal(Guid.Empty, entry.Actor));
        Assert.StartsWith("not_before=", entries[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_separate_append_from_a_transaction_that_holds_the_chain_fails_at_once_and_releases_no_key()
    {
        var supplierId = await SupplierAsync();
        var tenderId = Guid.NewGuid();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<IOpeningKeyVault>();
        var key = vault.CreateTenderKey(tenderId, DateTimeOffset.UtcNow.AddDays(-1));
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.SupplierDecisions.Add(Decision(supplierId, "holds the chain"));
        await db.SaveChangesAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => vault.UnwrapForOpeningAsync(tenderId, key.Wrapped, key.NotBefore, DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task Demo_data_is_in_the_log_and_the_whole_chain_verifies()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();

        var verification = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainHandler>().HandleAsync(CancellationToken.None);

        Assert.True(verification.Intact, verification.FirstBreak?.Explanation);
        Assert.True(await fixture.App.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Action == "supplier.verified" && e.Actor == Guid.Empty)));
        Assert.True(await fixture.App.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Action == "tender.published")));
    }

    private async Task SubmitAsync(Supplier supplier)
    {
        await fixture.App.WithDbAsync(async db =>
        {
            var tracked = await db.Suppliers.SingleAsync(s => s.Id == supplier.Id);
            db.SupplierDecisions.Add(tracked.SubmitForVerification(SupplierDecision.Platform, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
    }

    private async Task<Guid> SupplierAsync()
    {
        var supplier = new Supplier($"Audit Log Test {Guid.NewGuid():N}"[..30]);
        await fixture.App.WithDbAsync(async db =>
        {
            db.Suppliers.Add(supplier);
            return await db.SaveChangesAsync();
        });
        return supplier.Id;
    }

    private async Task<long> HeadAsync() => await fixture.App.WithDbAsync(db => db.AuditLog.MaxAsync(e => (long?)e.Sequence)) ?? 0;

    private Task<Guid> UserIdAsync(string email) =>
        fixture.App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static SupplierDecision Decision(Guid supplierId, string reason) =>
        new(supplierId, SupplierDecisionKind.DetailsChanged, reason, Guid.NewGuid(), DateTimeOffset.UtcNow);
}
