namespace Procurement.Infrastructure.Scheduling;

/// <summary>
/// Runs the work of a one-shot job fired at a moment of the database's clock (a deadline, the end of a standstill). The
/// trigger fires by this server's clock; when the work answers that the database has not reached the moment yet, this
/// waits out the difference and tries again, a few times at most. The job's sweep covers anything longer.
/// </summary>
internal static class DueAtDatabaseTime
{
    private const int Attempts = 3;
    private static readonly TimeSpan _longestWait = TimeSpan.FromMinutes(2);

    /// <param name="attempt">Does the work; returns null when done (or nothing to do), or the moment it is due when early.</param>
    /// <param name="early">Told how long it waits, for the log.</param>
    public static async Task RunAsync(Func<CancellationToken, Task<DateTimeOffset?>> attempt, Action<TimeSpan> early, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Attempts; i++)
        {
            if (await attempt(cancellationToken) is not { } dueAt)
            {
                return;
            }

            var wait = dueAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(50);
            early(wait);
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : wait > _longestWait ? _longestWait : wait, cancellationToken);
        }
    }
}
