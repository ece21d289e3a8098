using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Procurement.Domain.Audit;

namespace Procurement.Infrastructure.Audit;

/// <summary>
/// Appends entries to the end of the chain inside the context's current transaction. A transaction-scoped advisory
/// lock, the same for every app instance, is taken first and held until that transaction ends, so appends happen one
/// transaction at a time and each reads the head its predecessor committed: the chain stays linear and gap-free.
/// Taking the lock again in the same transaction (several saves) costs nothing.
/// </summary>
internal static class AuditChainAppender
{
    /// <summary>The key of the advisory lock: "procaudt" in ASCII. Nothing else in the platform uses advisory locks.</summary>
    public const long LockKey = 0x70726F6361756474;

    private static readonly string _lockSql = string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({LockKey})");

    // Read after the lock, so the statement's snapshot sees the head that the previous holder committed.
    private const string HeadSql =
        $"SELECT clock_timestamp(), head.sequence, head.hash FROM (VALUES (1)) AS one " +
        $"LEFT JOIN (SELECT sequence, hash FROM {AuditLogEntryConfiguration.Table} ORDER BY sequence DESC LIMIT 1) AS head ON true";

    // Keyed by EF's transaction object, which is new for every transaction (Npgsql reuses its own DbTransaction objects).
    private static readonly ConditionalWeakTable<IDbContextTransaction, object> _holders = [];
    private static readonly object _held = new();

    /// <summary>Whether the context's current transaction holds the chain's lock (it has appended and not yet ended).</summary>
    public static bool HoldsLock(DbContext context) =>
        context.Database.CurrentTransaction is { } transaction && _holders.TryGetValue(transaction, out _);

    public static async Task<IReadOnlyList<AuditLogEntry>> AppendAsync(DbContext context, IReadOnlyList<IAuditedEvent> events, CancellationToken cancellationToken)
    {
        var transaction = Prepare(context, events);
        await using (var lockCommand = Command(context, transaction, _lockSql))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        _holders.AddOrUpdate(context.Database.CurrentTransaction!, _held);
        await using var headCommand = Command(context, transaction, HeadSql);
        await using var reader = await headCommand.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Add(context, reader, events);
    }

    public static IReadOnlyList<AuditLogEntry> Append(DbContext context, IReadOnlyList<IAuditedEvent> events)
    {
        var transaction = Prepare(context, events);
        using (var lockCommand = Command(context, transaction, _lockSql))
        {
            lockCommand.ExecuteNonQuery();
        }

        _holders.AddOrUpdate(context.Database.CurrentTransaction!, _held);
        using var headCommand = Command(context, transaction, HeadSql);
        using var reader = headCommand.ExecuteReader();
        reader.Read();
        return Add(context, reader, events);
    }

    private static DbTransaction Prepare(DbContext context, IReadOnlyList<IAuditedEvent> events)
    {
        foreach (var audited in events)
        {
            AuditChain.CheckEvent(audited);
        }

        return context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit entries are appended inside the transaction that commits them; begin one first.");
    }

    private static DbCommand Command(DbContext context, DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = context.Database.GetCommandTimeout() ?? command.CommandTimeout;
        return command;
    }

    private static List<AuditLogEntry> Add(DbContext context, DbDataReader head, IReadOnlyList<IAuditedEvent> events)
    {
        var recordedAt = head.GetFieldValue<DateTimeOffset>(0);
        var sequence = head.IsDBNull(1) ? 0 : head.GetInt64(1);
        var previousHash = head.IsDBNull(2) ? AuditChain.GenesisHash.ToArray() : head.GetFieldValue<byte[]>(2);
        var entries = new List<AuditLogEntry>(events.Count);
        foreach (var audited in events)
        {
            sequence++;
            var link = new AuditLink(
                sequence, previousHash, audited.AuditSubject, audited.AuditAction, audited.AuditActor,
                AuditChain.ToStoredPrecision(audited.AuditAt), audited.AuditDetail, AuditChain.ToStoredPrecision(recordedAt));
            var hash = AuditChain.Hash(link);
            entries.Add(new AuditLogEntry(link.Sequence, link.Subject, link.Action, link.Actor, link.At, link.Detail, link.RecordedAt, link.PreviousHash, hash));
            previousHash = hash;
        }

        context.Set<AuditLogEntry>().AddRange(entries);
        return entries;
    }
}
