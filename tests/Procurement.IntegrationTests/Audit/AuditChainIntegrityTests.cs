using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Procurement.Application.Audit;
using Procurement.Application.Audit.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Audit;

/// <summary>The chain under concurrency and under attack, each on a database of its own.</summary>
public sealed class AuditChainIntegrityTests(AppFixture fixture)
{
    [Fact]
    public async Task Fifty_concurrent_saves_from_three_app_instances_make_one_gap_free_chain_that_verifies()
    {
        await using var database = await AuditDatabase.StartAsync(fixture.Postgres, instances: 3);
        var supplierId = await database.AddSupplierAsync();

        // Every fifth save is two saves inside one explicit transaction: the lock is taken twice and held to the commit.
        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(async () =>
        {
            var instance = database.Instances[i % database.Instances.Count];
            await database.WithDbAsync(async db =>
            {
                if (i % 5 != 0)
                {
                    db.SupplierDecisions.Add(Decision(supplierId, $"save {i}"));
                    return await db.SaveChangesAsync();
                }

                await using var transaction = await db.Database.BeginTransactionAsync();
                db.SupplierDecisions.Add(Decision(supplierId, $"save {i}a"));
                await db.SaveChangesAsync();
                db.SupplierDecisions.Add(Decision(supplierId, $"save {i}b"));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return 0;
            }, instance);
        })));

        var entries = await database.EntriesAsync();
        Assert.Equal(Enumerable.Range(1, 60).Select(i => (long)i), entries.Select(entry => entry.Sequence));
        Assert.Equal(60, entries.Select(entry => entry.Detail).Distinct().Count());
        var verification = await database.VerifyAsync(pageSize: 7);
        Assert.True(verification.Intact, verification.FirstBreak?.Explanation);
        Assert.Equal(60, verification.EntriesChecked);
        Assert.Equal(entries[^1].Hash, verification.LastHash);
    }

    [Fact]
    public async Task A_changed_detail_is_a_hash_mismatch_at_that_entry()
    {
        await using var database = await ChainOfTwentyAsync();

        await database.TamperAsync("UPDATE audit_log SET detail = 'Nothing to see here' WHERE sequence = 7");

        var verification = await database.VerifyAsync();
        Assert.Equal(new AuditChainBreak(7, AuditChainProblem.HashMismatch, verification.FirstBreak!.Explanation), verification.FirstBreak);
        Assert.Equal(6, verification.EntriesChecked);
    }

    [Fact]
    public async Task A_deleted_entry_is_a_gap_at_its_sequence_number()
    {
        await using var database = await ChainOfTwentyAsync();

        await database.TamperAsync("DELETE FROM audit_log WHERE sequence = 5");

        var verification = await database.VerifyAsync();
        Assert.Equal(5, verification.FirstBreak?.Sequence);
        Assert.Equal(AuditChainProblem.SequenceGap, verification.FirstBreak?.Problem);
        Assert.Equal(4, verification.LastSequence);
    }

    [Fact]
    public async Task Deleting_the_first_entry_is_a_gap_at_1()
    {
        await using var database = await ChainOfTwentyAsync();

        await database.TamperAsync("DELETE FROM audit_log WHERE sequence = 1");

        var verification = await database.VerifyAsync();
        Assert.Equal((1L, AuditChainProblem.SequenceGap), (verification.FirstBreak!.Sequence, verification.FirstBreak.Problem));
        Assert.Equal(0, verification.EntriesChecked);
    }

    [Fact]
    public async Task An_entry_changed_and_rehashed_breaks_the_link_to_the_next_one()
    {
        await using var database = await ChainOfTwentyAsync();
        var seventh = (await database.EntriesAsync()).Single(entry => entry.Sequence == 7);
        var forged = Domain.Audit.AuditChain.Hash(new Domain.Audit.AuditLink(
            7, seventh.PreviousHash, seventh.Subject, seventh.Action, seventh.Actor, seventh.At, "Rewritten", seventh.RecordedAt));

        await database.TamperAsync($"UPDATE audit_log SET detail = 'Rewritten', hash = '\\x{Convert.ToHexStringLower(forged)}' WHERE sequence = 7");

        var verification = await database.VerifyAsync();
        Assert.Equal((8L, AuditChainProblem.PreviousHashMismatch), (verification.FirstBreak!.Sequence, verification.FirstBreak.Problem));
        Assert.Equal(7, verification.LastSequence);
    }

    [Fact]
    public async Task Swapped_hashes_are_a_hash_mismatch_at_the_first_of_them()
    {
        await using var database = await ChainOfTwentyAsync();

        await database.TamperAsync(
            "UPDATE audit_log AS entry SET hash = other.hash FROM audit_log AS other " +
            "WHERE (entry.sequence, other.sequence) IN ((11, 12), (12, 11))");

        var verification = await database.VerifyAsync();
        Assert.Equal((11L, AuditChainProblem.HashMismatch), (verification.FirstBreak!.Sequence, verification.FirstBreak.Problem));
    }

    [Fact]
    public async Task Two_entries_swapped_in_order_break_the_link_at_the_first_of_them()
    {
        await using var database = await ChainOfTwentyAsync();

        await database.TamperAsync(
            "UPDATE audit_log SET sequence = sequence + 1000 WHERE sequence IN (14, 15); " +
            "UPDATE audit_log SET sequence = CASE sequence WHEN 1014 THEN 15 ELSE 14 END WHERE sequence IN (1014, 1015)");

        var verification = await database.VerifyAsync();
        Assert.Equal((14L, AuditChainProblem.PreviousHashMismatch), (verification.FirstBreak!.Sequence, verification.FirstBreak.Problem));
    }

    [Fact]
    public async Task The_table_refuses_updates_deletes_and_truncation()
    {
        await using var database = await ChainOfTwentyAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE audit_log SET detail = 'x' WHERE sequence = 1", "DELETE FROM audit_log WHERE sequence = 20", "TRUNCATE audit_log" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        Assert.True((await database.VerifyAsync()).Intact);
        Assert.Equal(20, (await database.EntriesAsync()).Count);
    }

    [Fact]
    public async Task A_synchronous_save_is_chained_too()
    {
        await using var database = await AuditDatabase.StartAsync(fixture.Postgres);
        var supplierId = await database.AddSupplierAsync();

        await database.WithDbAsync(db =>
        {
            db.SupplierDecisions.Add(Decision(supplierId, "sync 1"));
            db.SaveChanges();
            using var transaction = db.Database.BeginTransaction();
            db.SupplierDecisions.Add(Decision(supplierId, "sync 2"));
            db.SaveChanges();
            transaction.Commit();
            return Task.FromResult(0);
        });

        Assert.Equal(["sync 1", "sync 2"], (await database.EntriesAsync()).Select(entry => entry.Detail));
        Assert.True((await database.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_separate_append_waits_for_the_chain_at_most_its_lock_timeout()
    {
        await using var database = await AuditDatabase.StartAsync(fixture.Postgres);
        var supplierId = await database.AddSupplierAsync();
        await using var holder = database.Services.CreateAsyncScope();
        var db = holder.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.SupplierDecisions.Add(Decision(supplierId, "holds the chain"));
        await db.SaveChangesAsync();

        await using var other = database.Services.CreateAsyncScope();
        var started = DateTime.UtcNow;
        var refused = await Assert.ThrowsAsync<PostgresException>(() => other.ServiceProvider.GetRequiredService<IAuditLog>()
            .AppendAsync(new AuditRecord("tender:1", "opening_key.released", Guid.Empty, DateTimeOffset.UtcNow, null), CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.LockNotAvailable, refused.SqlState);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(30));
        await transaction.CommitAsync();
        Assert.Equal(["holds the chain"], (await database.EntriesAsync()).Select(entry => entry.Detail));
    }

    [Fact]
    public async Task An_empty_log_verifies_with_nothing_checked()
    {
        await using var database = await AuditDatabase.StartAsync(fixture.Postgres);

        var verification = await database.VerifyAsync();

        Assert.True(verification.Intact);
        Assert.Equal(0, verification.EntriesChecked);
        Assert.Null(verification.LastHash);
    }

    private async Task<AuditDatabase> ChainOfTwentyAsync()
    {
        var database = await AuditDatabase.StartAsync(fixture.Postgres);
        await database.RecordDecisionsAsync(await database.AddSupplierAsync(), 20);
        var intact = await database.VerifyAsync();
        Assert.True(intact.Intact);
        Assert.Equal(20, intact.EntriesChecked);
        return database;
    }

    private static SupplierDecision Decision(Guid supplierId, string reason) =>
        new(supplierId, SupplierDecisionKind.DetailsChanged, reason, Guid.NewGuid(), DateTimeOffset.UtcNow);
}
