namespace Procurement.Testing;

/// <summary>The system clock moved by a fixed offset: "an hour from now" without waiting an hour.</summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
