namespace Procurement.Infrastructure.Database;

/// <summary>
/// The platform's clock: the system's, except inside <see cref="SetBack"/>, which the demo seeding uses to run a
/// tender's earlier stages through the real use cases at past times (a tender awarded last month must have been
/// published, bid for and opened before that). The setting flows only with the seeding's own async calls; requests and
/// jobs never see it. The database clock readings (<see cref="DatabaseClock"/>) move with it.
/// </summary>
public sealed class PlatformClock : TimeProvider
{
    private static readonly AsyncLocal<TimeSpan> _setBackBy = new();

    /// <summary>How far the current flow's clock is set back; zero everywhere but in demo seeding.</summary>
    public static TimeSpan SetBackBy => _setBackBy.Value;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() - _setBackBy.Value;

    /// <summary>Sets the clock of the calling flow back by <paramref name="by"/> until the result is disposed.</summary>
    public static IDisposable SetBack(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        var previous = _setBackBy.Value;
        _setBackBy.Value = by;
        return new Restore(previous);
    }

    private sealed class Restore(TimeSpan previous) : IDisposable
    {
        public void Dispose() => _setBackBy.Value = previous;
    }
}
