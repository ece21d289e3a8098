using Procurement.Domain.Awards;

namespace Procurement.Domain.Tests.Awards;

public sealed class StandstillPeriodTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo Sydney = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    [Fact]
    public void Ten_days_count_from_the_day_after_the_decision_and_end_at_midnight()
    {
        var period = new StandstillPeriod(TimeSpan.FromDays(10), TimeZoneInfo.Utc);

        // Sent on Monday 2 March at 15:20: day 1 is 3 March, day 10 is 12 March, which ends at 00:00 on 13 March.
        var ends = period.EndFor(new DateTimeOffset(2026, 3, 2, 15, 20, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 13, 0, 0, 0, TimeSpan.Zero), ends);
    }

    [Fact]
    public void A_decision_just_before_midnight_still_counts_from_the_next_day()
    {
        var period = new StandstillPeriod(TimeSpan.FromDays(10), TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 3, 13, 0, 0, 0, TimeSpan.Zero), period.EndFor(new DateTimeOffset(2026, 3, 2, 23, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero), period.EndFor(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-01-25", "2026-02-05")]
    [InlineData("2026-02-20", "2026-03-03")] // not a leap year: February has 28 days
    [InlineData("2028-02-20", "2028-03-02")] // a leap year
    [InlineData("2026-12-28", "2027-01-08")]
    public void Month_and_year_ends_are_counted_as_calendar_days(string decided, string endsAtStartOf)
    {
        var period = new StandstillPeriod(TimeSpan.FromDays(10), TimeZoneInfo.Utc);

        var ends = period.EndFor(new DateTimeOffset(DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(DateOnly.Parse(endsAtStartOf, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ends);
    }

    [Fact]
    public void Days_are_counted_in_the_configured_time_zone()
    {
        var period = new StandstillPeriod(TimeSpan.FromDays(10), London);

        // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST, UTC+1): day 1 is 3 July, the end 00:00 BST on 13 July.
        var ends = period.EndFor(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 7, 12, 23, 0, 0, TimeSpan.Zero), ends);
    }

    [Fact]
    public void The_end_follows_a_daylight_saving_change_within_the_period()
    {
        var period = new StandstillPeriod(TimeSpan.FromDays(10), London);

        // Clocks go forward on 29 March 2026: decided in GMT, ends at local midnight in BST (23:00 UTC).
        var forward = period.EndFor(new DateTimeOffset(2026, 3, 24, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 4, 4, 0, 0, 0, TimeSpan.FromHours(1)), forward);
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 23, 0, 0, TimeSpan.Zero), forward.ToUniversalTime());

        // Clocks go back on 25 October 2026: decided in BST, ends at local midnight in GMT.
        var back = period.EndFor(new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero), back);
    }

    [Fact]
    public void A_midnight_that_does_not_exist_ends_at_the_first_time_of_the_next_day()
    {
        // Santiago (Chile) moves its clocks from 00:00 to 01:00 on the first Sunday of September (6 September 2026).
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var period = new StandstillPeriod(TimeSpan.FromDays(10), santiago);

        var ends = period.EndFor(new DateTimeOffset(2026, 8, 26, 15, 0, 0, TimeSpan.Zero));

        Assert.False(santiago.IsInvalidTime(TimeZoneInfo.ConvertTime(ends, santiago).DateTime));
        Assert.Equal(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.FromHours(-3)), ends);
    }

    [Fact]
    public void In_a_zone_ahead_of_utc_the_end_is_the_previous_utc_day()
    {
        var period = new StandstillPeriod(TimeSpan.FromDays(10), Sydney);

        // 10:00 on 2 March in Sydney (AEDT, UTC+11).
        var ends = period.EndFor(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(11)));

        Assert.Equal(new DateTimeOffset(2026, 3, 13, 0, 0, 0, TimeSpan.FromHours(11)), ends);
        Assert.Equal(TimeSpan.Zero, ends.Offset);
    }

    [Fact]
    public void A_period_that_is_not_whole_days_ends_exactly_that_long_after_the_decision()
    {
        var period = new StandstillPeriod(TimeSpan.FromSeconds(5), London);
        var decided = new DateTimeOffset(2026, 3, 2, 15, 20, 7, TimeSpan.Zero);

        Assert.False(period.IsWholeDays);
        Assert.Equal(decided.AddSeconds(5), period.EndFor(decided));
    }

    [Fact]
    public void A_period_must_be_longer_than_zero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StandstillPeriod(TimeSpan.Zero, TimeZoneInfo.Utc));
}
