using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Awards.Ports;
using Procurement.Application.Search.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Web.Features.Shared;
using Procurement.Web.Features.Shared.Formats;
using Procurement.Web.Features.Tenders;

namespace Procurement.Web.Features.Transparency;

/// <summary>The public award notices: the list with filters, each notice, and the same as CSV and an Atom feed.</summary>
[AllowAnonymous]
public sealed class AwardNoticesController(IAwardCatalog awards, ITenderCatalog tenders) : Controller
{
    public const int FeedEntries = 50;

    [HttpGet("/awards")]
    public async Task<IActionResult> Index(AwardNoticeParameters parameters, [FromServices] ICpvDivisions divisions, CancellationToken cancellationToken)
    {
        parameters = parameters.Valid(ModelState);
        var notices = await awards.ListNoticesAsync(parameters.ToFilter(parameters.Page, AwardNoticeParameters.PageSize), cancellationToken);
        return View("Awards", new AwardNoticeListPage(parameters, notices, await tenders.AgenciesAsync(cancellationToken), await divisions.LabelsAsync(cancellationToken)));
    }

    [HttpGet("/awards/" + TendersController.ReferenceRoute)]
    public async Task<IActionResult> Show(string reference, CancellationToken cancellationToken) =>
        await awards.NoticeAsync(reference, cancellationToken) is { } notice ? View("AwardNotice", notice) : NotFound();

    /// <summary>One row per lot of every notice matching the filters, newest first.</summary>
    [HttpGet("/awards.csv")]
    public async Task<IActionResult> Csv(AwardNoticeParameters parameters, CancellationToken cancellationToken)
    {
        parameters = parameters.Valid(ModelState);
        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        return new CsvDownload("award-notices.csv", csv => TransparencyCsv.WriteNoticesAsync(csv, awards.NoticeLotsAsync(parameters.ToFilter(1, int.MaxValue))));
    }

    [HttpGet("/awards.atom")]
    public async Task<IActionResult> Feed([FromServices] IConfiguration configuration, CancellationToken cancellationToken)
    {
        var list = await awards.ListNoticesAsync(new AwardNoticeFilter(PageSize: FeedEntries), cancellationToken);
        var site = PublicAddress.Of(Request, configuration);
        var entries = list.Notices.Select(notice => new AtomEntry(
            new Uri(site, $"/awards/{notice.TenderReference}"),
            notice.Title,
            notice.NoticePublishedAt,
            notice.NoticePublishedAt,
            AwardText.Summary(notice),
            [notice.AgencyName])).ToList();
        var feed = new AtomFeed(
            new Uri(site, "/awards").AbsoluteUri, "Award notices", "Contracts awarded through Procurement, newest first.",
            list.Notices.Count > 0 ? list.Notices[0].NoticePublishedAt : DateTimeOffset.UnixEpoch,
            new Uri(site, "/awards.atom"), new Uri(site, "/awards"), "Procurement", entries);
        return new AtomDownload(feed);
    }
}

public sealed record AwardNoticeListPage(
    AwardNoticeParameters Search, AwardNoticeList Result, IReadOnlyList<AgencyOption> Agencies, IReadOnlyDictionary<string, string> Divisions);
