using Microsoft.EntityFrameworkCore;
using Procurement.Application.Search.Ports;
using Procurement.Application.Statistics.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Statistics;

/// <summary>
/// <see cref="IProcurementStatistics"/> in four queries (openings, awarded lots, winners' sizes, agencies), aggregated in
/// memory: a period holds at most some thousands of lots, and medians are not an SQL aggregate EF Core translates.
/// </summary>
internal sealed class ProcurementStatisticsQuery(ProcurementDbContext db, ICpvDivisions divisions) : IProcurementStatistics
{
    /// <summary>The last row of the bids-per-tender figures counts this many bids or more.</summary>
    public const int BidsOrMore = 6;

    private sealed record Opening(Guid TenderId, Guid AgencyId, DateTimeOffset OpenedAt, int Bids);

    private sealed record AwardedLot(
        Guid TenderId, Guid AgencyId, DateTimeOffset TenderPublishedAt, DateTimeOffset NoticePublishedAt, LotOutcome Outcome,
        Guid? SupplierId, decimal? Amount, string? Currency, string? CpvCode);

    public async Task<ProcurementStatistics> ComputeAsync(StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(period.FirstMonth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(period.LastMonth.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var openings = await OpeningsAsync(start, end, period.AgencyId, cancellationToken);
        var lots = await AwardedLotsAsync(start, end, period.AgencyId, cancellationToken);
        var winners = lots.Where(lot => lot.SupplierId is not null).Select(lot => lot.SupplierId!.Value).Distinct().ToList();
        var smes = (await db.Suppliers.AsNoTracking().Where(s => winners.Contains(s.Id) && s.Size != SupplierSize.Large).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var awarded = lots.Where(lot => lot.Outcome == LotOutcome.Awarded && lot.Amount is not null && lot.Currency is not null).ToList();
        bool IsSme(AwardedLot lot) => lot.SupplierId is { } id && smes.Contains(id);

        var labels = await divisions.LabelsAsync(cancellationToken);
        var spend = awarded
            .GroupBy(lot => (Division: lot.CpvCode is { Length: >= 2 } cpv ? cpv[..2] : "??", Currency: lot.Currency!))
            .Select(g => new DivisionSpend(g.Key.Division, labels.GetValueOrDefault(g.Key.Division, "Unknown division"), g.Key.Currency, g.Sum(lot => lot.Amount!.Value), g.Count()))
            .OrderByDescending(row => row.Amount).ToList();
        var sme = new SmeShare(awarded.Count, awarded.Count(IsSme), awarded
            .GroupBy(lot => lot.Currency!)
            .Select(g => new SmeValue(g.Key, g.Sum(lot => lot.Amount!.Value), g.Where(IsSme).Sum(lot => lot.Amount!.Value)))
            .OrderByDescending(row => row.Total).ToList());

        var agencyNames = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var months = new List<MonthFigures>();
        for (var month = period.FirstMonth; month <= period.LastMonth; month = month.AddMonths(1))
        {
            var inMonth = (DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime) is var day && day.Year == month.Year && day.Month == month.Month;
            var monthOpenings = openings.Where(o => inMonth(o.OpenedAt)).ToList();
            var monthLots = lots.Where(lot => inMonth(lot.NoticePublishedAt)).ToList();
            months.Add(new MonthFigures(
                month, monthOpenings.Count, monthOpenings.Sum(o => o.Bids), monthLots.Select(lot => lot.TenderId).Distinct().Count(),
                monthLots.Count(lot => lot.Outcome == LotOutcome.Awarded), monthLots.Count(lot => lot.Outcome == LotOutcome.Awarded && IsSme(lot)),
                MedianDaysToAward(monthLots)));
        }

        var agencies = agencyNames
            .Select(agency =>
            {
                var agencyOpenings = openings.Where(o => o.AgencyId == agency.Key).ToList();
                var agencyLots = lots.Where(lot => lot.AgencyId == agency.Key).ToList();
                return new AgencyFigures(
                    agency.Key, agency.Value, agencyOpenings.Count, Average(agencyOpenings), agencyLots.Select(lot => lot.TenderId).Distinct().Count(),
                    agencyLots.Count(lot => lot.Outcome == LotOutcome.Awarded), agencyLots.Count(lot => lot.Outcome == LotOutcome.Awarded && IsSme(lot)),
                    MedianDaysToAward(agencyLots));
            })
            .Where(row => row.TendersOpened > 0 || row.AwardNotices > 0)
            .OrderBy(row => row.Name, StringComparer.Ordinal).ToList();

        return new ProcurementStatistics(period, spend, Frequencies(openings), Average(openings), sme, MedianDaysToAward(lots), months, agencies);
    }

    private Task<List<Opening>> OpeningsAsync(DateTimeOffset start, DateTimeOffset end, Guid? agencyId, CancellationToken cancellationToken) => (
        from opening in db.OpeningRecords.AsNoTracking()
        where opening.OpenedAt >= start && opening.OpenedAt < end
        join tender in db.Tenders on opening.TenderId equals tender.Id
        where agencyId == null || tender.AgencyId == agencyId
        select new Opening(tender.Id, tender.AgencyId, opening.OpenedAt, opening.Bids.Count))
        .ToListAsync(cancellationToken);

    private Task<List<AwardedLot>> AwardedLotsAsync(DateTimeOffset start, DateTimeOffset end, Guid? agencyId, CancellationToken cancellationToken) => (
        from decision in db.AwardDecisions.AsNoTracking()
        where decision.Status == AwardDecisionStatus.Final && decision.NoticePublishedAt >= start && decision.NoticePublishedAt < end
        join tender in db.Tenders on decision.TenderId equals tender.Id
        where agencyId == null || tender.AgencyId == agencyId
        from lot in decision.Lots
        select new AwardedLot(
            tender.Id, tender.AgencyId, tender.PublishedAt!.Value, decision.NoticePublishedAt!.Value, lot.Outcome, lot.SupplierId, lot.Amount, lot.Currency,
            tender.Lots.Where(tenderLot => tenderLot.Number == lot.LotNumber).Select(tenderLot => tenderLot.CpvCode).FirstOrDefault()))
        .ToListAsync(cancellationToken);

    private static List<BidCountFrequency> Frequencies(IReadOnlyList<Opening> openings) =>
        Enumerable.Range(0, BidsOrMore + 1)
            .Select(bids => new BidCountFrequency(bids, bids == BidsOrMore, openings.Count(o => bids == BidsOrMore ? o.Bids >= bids : o.Bids == bids)))
            .ToList();

    private static decimal? Average(IReadOnlyList<Opening> openings) =>
        openings.Count == 0 ? null : Math.Round((decimal)openings.Sum(o => o.Bids) / openings.Count, 1, MidpointRounding.AwayFromZero);

    /// <summary>The median, over tenders, of the days from the tender's publication to its award notice, to one decimal.</summary>
    internal static decimal? MedianDaysToAward(IEnumerable<AwardedLotTimes> tenders)
    {
        var days = tenders.Select(t => (decimal)(t.NoticePublishedAt - t.TenderPublishedAt).TotalDays).Order().ToList();
        if (days.Count == 0)
        {
            return null;
        }

        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }

    private static decimal? MedianDaysToAward(IEnumerable<AwardedLot> lots) =>
        MedianDaysToAward(lots.DistinctBy(lot => lot.TenderId).Select(lot => new AwardedLotTimes(lot.TenderPublishedAt, lot.NoticePublishedAt)));
}

internal sealed record AwardedLotTimes(DateTimeOffset TenderPublishedAt, DateTimeOffset NoticePublishedAt);
