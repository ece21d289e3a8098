using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Procurement.Application.Identity.Ports;
using Procurement.Application.Search;
using Procurement.Application.Search.Ports;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Suppliers;

/// <summary>The public supplier directory: search, filters with counts, and each verified supplier's profile.</summary>
[AllowAnonymous]
public sealed class SuppliersController(SearchSuppliersHandler search, ICpvDivisions divisions) : Controller
{
    [HttpGet("/suppliers")]
    [EnableRateLimiting(Hosting.RateLimiting.SearchPolicy)]
    public async Task<IActionResult> Index(SupplierSearchParameters parameters, CancellationToken cancellationToken)
    {
        var outcome = await search.HandleAsync(parameters.ToRequest(), cancellationToken);
        ModelState.Clear();
        ModelState.AddFieldErrors(outcome.Errors);
        return View(new SupplierDirectoryModel(parameters, outcome.Result, await divisions.LabelsAsync(cancellationToken)));
    }

    [HttpGet("/suppliers/{id:guid}")]
    public async Task<IActionResult> Profile(Guid id, [FromServices] IOrganisationReader organisations, CancellationToken cancellationToken)
    {
        var profile = await organisations.FindVerifiedSupplierAsync(id, cancellationToken);
        return profile is null ? NotFound() : View(profile);
    }
}

public sealed record SupplierDirectoryModel(SupplierSearchParameters Search, SupplierSearchResult? Result, IReadOnlyDictionary<string, string> DivisionLabels);
