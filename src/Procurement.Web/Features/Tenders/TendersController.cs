using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Search.Ports;
using Procurement.Application.Tenders.Ports;

namespace Procurement.Web.Features.Tenders;

/// <summary>The public tender pages: published tenders with filters, each tender's page with its earlier versions, and its documents.</summary>
[AllowAnonymous]
public sealed class TendersController(ITenderCatalog catalog, TimeProvider clock) : Controller
{
    public const string ReferenceRoute = "{reference:regex(^PRC-\\d{{4}}-\\d{{6,}}$)}";

    [HttpGet("/tenders")]
    public async Task<IActionResult> Index(TenderSearchParameters parameters, [FromServices] ICpvDivisions divisions, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            parameters = parameters.Valid(ModelState);
        }

        var result = await catalog.SearchAsync(parameters.ToSearch(clock.GetUtcNow()), cancellationToken);
        return View(new TenderListPage(parameters, result, await catalog.AgenciesAsync(cancellationToken), await divisions.LabelsAsync(cancellationToken), clock.GetUtcNow()));
    }

    [HttpGet("/tenders/" + ReferenceRoute)]
    public async Task<IActionResult> Show(string reference, [FromServices] PublicTenderPages pages, CancellationToken cancellationToken) =>
        await pages.BuildAsync(reference, User, ask: null, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>What an earlier version of the tender said; the current version is the tender's own page.</summary>
    [HttpGet("/tenders/" + ReferenceRoute + "/versions/{number:int:min(1)}")]
    public async Task<IActionResult> Version(string reference, int number, CancellationToken cancellationToken)
    {
        if (await catalog.PublishedVersionAsync(reference, number, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        return number == version.CurrentVersion ? Redirect($"/tenders/{reference}") : View(version);
    }

    [HttpGet("/tenders/" + ReferenceRoute + "/documents/{documentId:guid}")]
    public async Task<IActionResult> Document(string reference, Guid documentId, CancellationToken cancellationToken) =>
        await catalog.PublicDocumentAsync(reference, documentId, cancellationToken) is { } file ? this.TenderDocumentFile(file) : NotFound();
}

/// <summary>The public list's query string: <c>?status=open&amp;agency=&amp;cpv=45&amp;closesBefore=2026-12-31&amp;page=2</c>.</summary>
public sealed class TenderSearchParameters
{
    public const int PageSize = 20;

    /// <summary><c>open</c> (the default), <c>closed</c>, <c>cancelled</c> or <c>all</c>.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "agency")]
    public Guid? Agency { get; set; }

    [FromQuery(Name = "cpv")]
    [RegularExpression("^[0-9]{2}$", ErrorMessage = "Choose a CPV division: two digits, for example 45.")]
    public string? Cpv { get; set; }

    [FromQuery(Name = "closesBefore")]
    public DateOnly? ClosesBefore { get; set; }

    [FromQuery(Name = "page")]
    [Range(1, 10_000, ErrorMessage = "The page must be a number from 1.")]
    public int Page { get; set; } = 1;

    public PublicTenderStatus? StatusFilter => Status?.ToUpperInvariant() switch
    {
        "CLOSED" => PublicTenderStatus.Closed,
        "CANCELLED" => PublicTenderStatus.Cancelled,
        "ALL" => null,
        _ => PublicTenderStatus.Open,
    };

    public TenderSearch ToSearch(DateTimeOffset now) => new(StatusFilter, Agency, Cpv, ClosesBefore, Page, PageSize, now);

    /// <summary>The parameters without the invalid ones, so a bad value narrows nothing instead of failing the page.</summary>
    public TenderSearchParameters Valid(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state) => new()
    {
        Status = Status,
        Agency = state.TryGetValue("agency", out var agency) && agency.Errors.Count > 0 ? null : Agency,
        Cpv = state.TryGetValue("Cpv", out var cpv) && cpv.Errors.Count > 0 ? null : Cpv,
        ClosesBefore = state.TryGetValue("closesBefore", out var before) && before.Errors.Count > 0 ? null : ClosesBefore,
        Page = Page < 1 ? 1 : Page,
    };

    public string ForPage(int page)
    {
        var query = new List<string>();
        Add(query, "status", Status);
        Add(query, "agency", Agency?.ToString());
        Add(query, "cpv", Cpv);
        Add(query, "closesBefore", ClosesBefore?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        query.Add($"page={page}");
        return "/tenders?" + string.Join('&', query);
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}

public sealed record TenderListPage(
    TenderSearchParameters Search, TenderSearchResult Result, IReadOnlyList<AgencyOption> Agencies, IReadOnlyDictionary<string, string> Divisions, DateTimeOffset Now);

public sealed record PublicTenderPage(PublicTender Public, DateTimeOffset Now)
{
    /// <summary>The kept versions, oldest first; empty until the first amendment.</summary>
    public IReadOnlyList<TenderVersionSummary> Versions { get; init; } = [];

    /// <summary>Answered questions as published: never who asked.</summary>
    public IReadOnlyList<PublishedClarification> Clarifications { get; init; } = [];

    /// <summary>The signed-in supplier user's follow and questions; null for everyone else.</summary>
    public SupplierTenderView? Supplier { get; init; }

    public AskForm Ask { get; init; } = new();

    /// <summary>How many bids are in: public, never who.</summary>
    public int SealedBids { get; init; }
}
