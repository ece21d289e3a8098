using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Procurement.Application.Search;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Web.Features.Identity;
using Procurement.Web.Hosting;

namespace Procurement.Web.Features.Suppliers;

/// <summary>
/// <c>GET /api/suppliers?q=&amp;cpv=&amp;region=&amp;size=&amp;sort=&amp;page=&amp;pageSize=</c>: the directory search as JSON
/// (documented in docs/api.md). Invalid parameters answer 400 with RFC 7807 problem details naming each one.
/// </summary>
[AllowAnonymous]
[ApiController]
[Route("api/suppliers")]
public sealed class SuppliersApiController(SearchSuppliersHandler search, ICpvDivisions divisions) : ControllerBase
{
    private const int MaxSuggestions = 10;

    [HttpGet]
    [EnableRateLimiting(RateLimiting.SearchPolicy)]
    public async Task<IActionResult> Search([FromQuery] SupplierSearchParameters parameters, CancellationToken cancellationToken)
    {
        var outcome = await search.HandleAsync(parameters.ToRequest(), cancellationToken);
        if (outcome.Result is not { } result)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return ValidationProblem(ModelState);
        }

        var labels = await divisions.LabelsAsync(cancellationToken);
        return Ok(new
        {
            total = result.Total,
            page = parameters.Page,
            pageSize = parameters.PageSize,
            items = result.Items.Select(hit => new { id = hit.Id, name = hit.Name, region = hit.Region, cpv = hit.CpvCodes, highlight = hit.Highlight }),
            facets = new
            {
                cpvDivisions = result.Facets.CpvDivisions.Select(f => new { value = f.Value, label = labels.GetValueOrDefault(f.Value), count = f.Count }),
                regions = result.Facets.Regions.Select(f => new { value = f.Value, count = f.Count }),
                sizes = result.Facets.Sizes.Select(f => new { value = f.Value, count = f.Count }),
            },
        });
    }

    /// <summary>Names for the search-as-you-type box.</summary>
    [HttpGet("suggest")]
    [EnableRateLimiting(RateLimiting.SuggestPolicy)]
    public async Task<IActionResult> Suggest([FromQuery(Name = "q")] string? prefix, [FromServices] ISupplierSearch index, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(prefix) || prefix.Length > SearchSuppliersValidator.MaxTextLength)
        {
            return Ok(Array.Empty<object>());
        }

        var suggestions = await index.SuggestAsync(prefix.Trim(), [VerificationStatus.Verified], MaxSuggestions, cancellationToken);
        return Ok(suggestions.Select(s => new { id = s.Id, name = s.Name }));
    }
}
