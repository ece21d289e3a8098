using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Procurement.Infrastructure.Database;

/// <summary>The database server's clock, the platform's authoritative time for deadlines.</summary>
internal static class DatabaseClock
{
    /// <summary><c>clock_timestamp()</c>: the time now, not the start of the transaction as <c>now()</c> gives.</summary>
    public static async Task<DateTimeOffset> ClockTimestampAsync(this DatabaseFacade database, CancellationToken cancellationToken) =>
        (await database.SqlQuery<DateTimeOffset>($"SELECT clock_timestamp() AS \"Value\"").ToListAsync(cancellationToken)).Single();
}
