using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Catalog;
using Procurement.Application.Catalog.Ports;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Catalog;

/// <summary>
/// <c>/catalog</c>: buyers, approvers and officers of an agency search what their agency may order today (items under
/// its frameworks in force, within their ceilings) and add them to the cart. Item pictures are served here too.
/// </summary>
[Route("catalog")]
public sealed class CatalogController(SearchCatalogHandler search, ICpvDivisions divisions) : Controller
{
    [HttpGet("")]
    [Authorize(Roles = $"{Roles.Buyer},{Roles.Approver},{Roles.Officer}")]
    public async Task<IActionResult> Index([FromQuery] CatalogSearchParameters parameters, CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId)
        {
            return Forbid();
        }

        var query = parameters.ToQuery();
        var result = await search.HandleAsync(new SearchCatalog(agencyId, query), cancellationToken);
        return View("Catalog", new CatalogPage(parameters, query, result, await divisions.LabelsAsync(cancellationToken)));
    }

    /// <summary>A catalog picture; pictures are public product information, cached by their SHA-256.</summary>
    [HttpGet("items/{itemId:guid}/images/{imageId:guid}")]
    [AllowAnonymous]
    public async Task<IActionResult> Image(Guid itemId, Guid imageId, [FromServices] ICatalogReader reader, CancellationToken cancellationToken)
    {
        if (await reader.ImageAsync(itemId, imageId, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=86400";
        Response.Headers["X-Content-Type-Options"] = "nosniff";
        return File(image.Content, image.ContentType, lastModified: null, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{image.Sha256}\""));
    }
}

public sealed class CatalogSearchParameters
{
    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "cpv")]
    public string? Cpv { get; set; }

    [FromQuery(Name = "min")]
    public decimal? PriceMin { get; set; }

    [FromQuery(Name = "max")]
    public decimal? PriceMax { get; set; }

    [FromQuery(Name = "supplier")]
    public List<Guid> Suppliers { get; set; } = [];

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    public CatalogQuery ToQuery() => new(
        string.IsNullOrWhiteSpace(Text) ? null : Text.Trim()[..Math.Min(Text.Trim().Length, 200)],
        Cpv is { } cpv && Domain.Reference.CpvCode.IsPrefix(cpv.Trim().Split('-')[0]) ? cpv.Trim().Split('-')[0] : null,
        PriceMin is >= 0 ? PriceMin : null,
        PriceMax is >= 0 ? PriceMax : null,
        FrameworkIds: null,
        Suppliers,
        Sort switch { "price" => CatalogSort.PriceAscending, "lead" => CatalogSort.LeadTime, _ => CatalogSort.Relevance },
        Math.Clamp(Page, 1, 1000),
        20);

    /// <summary>This search's query string with some parameters changed (null removes one).</summary>
    public string With(string? cpv = null, Guid? addSupplier = null, int? page = null, bool clearCpv = false, Guid? removeSupplier = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Text);
        Add("cpv", clearCpv ? null : cpv ?? Cpv);
        Add("min", PriceMin?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("max", PriceMax?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var supplier in Suppliers.Append(addSupplier ?? Guid.Empty).Where(s => s != Guid.Empty && s != removeSupplier).Distinct())
        {
            Add("supplier", supplier.ToString());
        }

        Add("sort", Sort);
        Add("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return "/catalog?" + string.Join("&", parts);
    }
}

public sealed record CatalogPage(CatalogSearchParameters Parameters, CatalogQuery Query, CatalogSearchResult Result, IReadOnlyDictionary<string, string> DivisionLabels);
