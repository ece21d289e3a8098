namespace Procurement.Domain.Awards;

/// <summary>
/// When the standstill period after an award decision ends (Directive 2007/66/EC, Article 2a: at least ten calendar
/// days from the day after the decision is sent by electronic means). A period of whole days counts calendar days in
/// <see cref="TimeZone"/> from the day after the decision and ends at midnight at the end of the last day, so a
/// decision sent on Monday 2 March with ten days ends as Thursday 12 March ends (00:00 on Friday 13 March, local time).
/// A period that is not a whole number of days (only for tests and training setups) ends exactly that long after the
/// decision.
/// </summary>
public sealed record StandstillPeriod
{
    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(10);

    public StandstillPeriod(TimeSpan length, TimeZoneInfo timeZone)
    {
        if (length <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The standstill period must be longer than zero.");
        }

        Length = length;
        TimeZone = timeZone;
    }

    public TimeSpan Length { get; }

    /// <summary>The time zone whose calendar days are counted (the buyer's).</summary>
    public TimeZoneInfo TimeZone { get; }

    public bool IsWholeDays => Length.Ticks % TimeSpan.TicksPerDay == 0;

    /// <summary>The end of the standstill for a decision sent at <paramref name="decidedAt"/>, in UTC.</summary>
    public DateTimeOffset EndFor(DateTimeOffset decidedAt)
    {
        if (!IsWholeDays)
        {
            return decidedAt.ToUniversalTime() + Length;
        }

        var localDecisionDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(decidedAt, TimeZone).DateTime);

        // Day 1 is the day after the decision; the period ends when day N ends, i.e. at the start of day N + 1.
        var endDay = localDecisionDay.AddDays((int)Length.TotalDays + 1);
        return StartOfDay(endDay);
    }

    /// <summary>The first instant of <paramref name="day"/> in <see cref="TimeZone"/>, whatever daylight saving does to midnight.</summary>
    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Where clocks go forward at midnight, the day starts at the first local time that exists.
        var local = midnight;
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // Where clocks go back at midnight, the local time occurs twice; the day starts at its first occurrence, which
        // is the one with the larger offset from UTC. The end of the previous day is that instant.
        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
