using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Procurement.Infrastructure.Database;

/// <summary>The database server's clock, the platform's authoritative time for deadlines (set back only in demo seeding, see <see cref="PlatformClock"/>).</summary>
internal static class DatabaseClock
{
    /// <summary><c>clock_timestamp()</c>: the time now, not the start of the transaction as <c>now()</c> gives.</summary>
    public static async Task<DateTimeOffset> ClockTimestampAsync(this DatabaseFacade database, CancellationToken cancellationToken) =>
        (await database.SqlQuery<DateTimeOffset>($"SELECT clock_timestamp() - {PlatformClock.SetBackBy} AS \"Value\"").ToListAsync(cancellationToken)).Single();

    /// <summary><c>now()</c>: the start of the current transaction, the same for every statement in it.</summary>
    public static async Task<DateTimeOffset> TransactionTimestampAsync(this DatabaseFacade database, CancellationToken cancellationToken) =>
        (await database.SqlQuery<DateTimeOffset>($"SELECT now() - {PlatformClock.SetBackBy} AS \"Value\"").ToListAsync(cancellationToken)).Single();
}
