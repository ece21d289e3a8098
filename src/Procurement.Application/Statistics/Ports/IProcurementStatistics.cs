namespace Procurement.Application.Statistics.Ports;

/// <summary>
/// Figures for the public statistics page over a period of whole months, for every agency or one: spend by CPV
/// division, bids per tender, the SME share of awards and the time from publication to award, in total and per month
/// and per agency. Counted from final awards (by the month their notice was published) and from opening records (by the
/// month of the opening); unsuccessful lots count as decided but not as spend.
/// </summary>
public interface IProcurementStatistics
{
    Task<ProcurementStatistics> ComputeAsync(StatisticsPeriod period, CancellationToken cancellationToken);
}

/// <param name="FirstMonth">The first day of the first month.</param>
/// <param name="LastMonth">The first day of the last month, included.</param>
public sealed record StatisticsPeriod(DateOnly FirstMonth, DateOnly LastMonth, Guid? AgencyId);

public sealed record ProcurementStatistics(
    StatisticsPeriod Period,
    IReadOnlyList<DivisionSpend> SpendByDivision,
    IReadOnlyList<BidCountFrequency> BidsPerTender,
    decimal? AverageBidsPerTender,
    SmeShare Sme,
    decimal? MedianDaysToAward,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<AgencyFigures> Agencies);

/// <summary>Awarded value of the lots in one CPV division (first two digits), per currency, largest first.</summary>
public sealed record DivisionSpend(string Division, string Label, string Currency, decimal Amount, int Lots);

/// <summary>How many opened tenders received <see cref="Bids"/> bids; the last row counts that many or more.</summary>
public sealed record BidCountFrequency(int Bids, bool OrMore, int Tenders);

/// <param name="ValueByCurrency">Per currency: the awarded value, and the part of it awarded to SMEs.</param>
public sealed record SmeShare(int AwardedLots, int SmeLots, IReadOnlyList<SmeValue> ValueByCurrency)
{
    public decimal? LotShare => AwardedLots == 0 ? null : Math.Round(100m * SmeLots / AwardedLots, 1, MidpointRounding.AwayFromZero);
}

public sealed record SmeValue(string Currency, decimal Total, decimal Sme)
{
    public decimal? Share => Total == 0 ? null : Math.Round(100m * Sme / Total, 1, MidpointRounding.AwayFromZero);
}

/// <param name="Month">The first day of the month.</param>
public sealed record MonthFigures(DateOnly Month, int TendersOpened, int BidsReceived, int AwardNotices, int LotsAwarded, int SmeLots, decimal? MedianDaysToAward);

public sealed record AgencyFigures(Guid AgencyId, string Name, int TendersOpened, decimal? AverageBidsPerTender, int AwardNotices, int LotsAwarded, int SmeLots, decimal? MedianDaysToAward);
