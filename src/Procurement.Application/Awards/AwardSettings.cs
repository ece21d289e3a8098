using Procurement.Domain.Awards;

namespace Procurement.Application.Awards;

/// <summary>
/// Award settings from configuration: <c>Awards:StandstillPeriod</c> (a TimeSpan, default 10 days; whole days count
/// calendar days, anything else is exact and meant for tests and training) and <c>Awards:TimeZone</c> (an IANA id,
/// default UTC), the buyer's time zone whose days are counted.
/// </summary>
public sealed class AwardSettings
{
    public TimeSpan StandstillPeriod { get; init; } = Domain.Awards.StandstillPeriod.DefaultLength;

    public string TimeZone { get; init; } = "UTC";

    public StandstillPeriod Standstill => new(StandstillPeriod, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
