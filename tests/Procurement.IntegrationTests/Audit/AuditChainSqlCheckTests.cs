using Npgsql;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Audit;

/// <summary>The SQL in docs/security.md ("Check it yourself") finds what the app's verifier finds, without the app.</summary>
public sealed class AuditChainSqlCheckTests(AppFixture fixture)
{
    // Kept word for word as in docs/security.md.
    private const string DocumentedCheck = """
        SELECT sequence,
               CASE WHEN sequence <> coalesce(lag(sequence) OVER w, 0) + 1 THEN 'gap before this entry'
                    WHEN previous_hash <> coalesce(lag(hash) OVER w, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea) THEN 'previous_hash mismatch'
                    WHEN hash <> sha256(
                           int4send(20) || convert_to('procurement/audit/v1', 'UTF8')
                        || int8send(sequence) || previous_hash
                        || int4send(octet_length(convert_to(subject, 'UTF8'))) || convert_to(subject, 'UTF8')
                        || int4send(octet_length(convert_to(action, 'UTF8'))) || convert_to(action, 'UTF8')
                        || uuid_send(actor)
                        || int8send((extract(epoch FROM at) * 1000000)::bigint)
                        || int8send((extract(epoch FROM recorded_at) * 1000000)::bigint)
                        || CASE WHEN detail IS NULL THEN '\x00'::bytea
                                ELSE '\x01'::bytea || int4send(octet_length(convert_to(detail, 'UTF8'))) || convert_to(detail, 'UTF8') END)
                    THEN 'hash mismatch' END AS problem
        FROM audit_log WINDOW w AS (ORDER BY sequence)
        ORDER BY sequence
        """;

    [Fact]
    public async Task Finds_no_problem_in_an_intact_chain_and_the_changed_entry_in_a_tampered_one()
    {
        await using var database = await AuditDatabase.StartAsync(fixture.Postgres);
        var supplierId = await database.AddSupplierAsync();
        await database.RecordDecisionsAsync(supplierId, 10);
        foreach (var reason in new[] { "Ünïcode “detail” ✓ 😀", null })
        {
            await database.WithDbAsync(async db =>
            {
                db.SupplierDecisions.Add(new Domain.Suppliers.SupplierDecision(supplierId, Domain.Suppliers.SupplierDecisionKind.Suspended, reason, Guid.NewGuid(), DateTimeOffset.UtcNow));
                return await db.SaveChangesAsync();
            });
        }

        Assert.True((await database.VerifyAsync()).Intact);
        Assert.Empty(await ProblemsAsync(database));

        await database.TamperAsync("UPDATE audit_log SET detail = 'Changed' WHERE sequence = 4");
        await database.TamperAsync("DELETE FROM audit_log WHERE sequence = 9");

        Assert.Equal([(4L, "hash mismatch"), (10L, "gap before this entry")], await ProblemsAsync(database));
        Assert.Equal(4, (await database.VerifyAsync()).FirstBreak?.Sequence);
    }

    private static async Task<List<(long, string)>> ProblemsAsync(AuditDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT * FROM ({DocumentedCheck}) AS checked WHERE problem IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var problems = new List<(long, string)>();
        while (await reader.ReadAsync())
        {
            problems.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return problems;
    }
}
