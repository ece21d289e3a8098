using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Statistics.Ports;
using Procurement.Application.Tenders.Ports;

namespace Procurement.Web.Features.Transparency;

/// <summary>The public statistics page: charts drawn on the server, each with its figures in a table.</summary>
[AllowAnonymous]
public sealed class StatisticsController(IProcurementStatistics statistics, ITenderCatalog tenders, TimeProvider clock) : Controller
{
    public const int MaxMonths = 60;

    [HttpGet("/statistics")]
    public async Task<IActionResult> Index([FromQuery(Name = "agency")] Guid? agency, [FromQuery(Name = "from")] string? from, [FromQuery(Name = "to")] string? to, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var last = Month(to, "to") ?? thisMonth;
        var first = Month(from, "from") ?? last.AddMonths(-11);
        if (first > last)
        {
            ModelState.AddModelError("from", "The first month must not be after the last month.");
            first = last.AddMonths(-11);
        }
        else if (first < last.AddMonths(-(MaxMonths - 1)))
        {
            ModelState.AddModelError("from", $"Choose at most {MaxMonths} months.");
            first = last.AddMonths(-(MaxMonths - 1));
        }

        var figures = await statistics.ComputeAsync(new StatisticsPeriod(first, last, agency), cancellationToken);
        return View("Statistics", new StatisticsPage(figures, agency, await tenders.AgenciesAsync(cancellationToken)));
    }

    /// <summary>A <c>yyyy-MM</c> month from a month input; a bad value is reported on the page and ignored.</summary>
    private DateOnly? Month(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        ModelState.AddModelError(field, "Enter a month as year and month, for example 2026-03.");
        return null;
    }
}

public sealed record StatisticsPage(ProcurementStatistics Figures, Guid? Agency, IReadOnlyList<AgencyOption> Agencies)
{
    public static string MonthName(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string Percent(decimal? value) => value is { } share ? share.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Days(decimal? value) => value is { } days ? days.ToString("0.0", CultureInfo.InvariantCulture) + " days" : "–";
}
