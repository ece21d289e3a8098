using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Procurement.Application.OpenData;
using Procurement.Infrastructure.OpenData;

namespace Procurement.Web.Features.OpenData;

/// <summary>
/// Open Contracting Data Standard 1.1 (docs/open-data.md): <c>GET /api/ocds/releases</c> (a release package, paged by
/// date with <c>links.next</c>), <c>GET /api/ocds/releases/{id}</c> (one release in a package) and
/// <c>GET /api/ocds/records/{ocid}</c> (the record with its compiled release). Errors answer problem details.
/// </summary>
[AllowAnonymous]
[ApiController]
[Route("api/ocds")]
public sealed class OcdsApiController(OcdsPackages packages, OcdsSettings settings, IConfiguration configuration, IServiceProvider services, ILogger<OcdsApiController> logger) : ControllerBase
{
    [HttpGet("releases")]
    public async Task<IActionResult> Releases(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, [FromQuery] DateTimeOffset? since, [FromQuery] DateTimeOffset? until,
        [FromServices] ListOcdsReleasesHandler handler, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        var page = await handler.HandleAsync(new ListOcdsReleases(cursor, pageSize, since, until), cancellationToken);
        if (page.Errors.Count > 0)
        {
            foreach (var error in page.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }

            return ValidationProblem(ModelState);
        }

        Uri? next = null;
        if (page.Next is { } nextCursor)
        {
            var query = new Dictionary<string, string?> { ["cursor"] = nextCursor };
            AddIf(query, "pageSize", pageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            AddIf(query, "since", since?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            AddIf(query, "until", until?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            next = new Uri(QueryHelpers.AddQueryString($"{Site().AbsoluteUri.TrimEnd('/')}/api/ocds/releases", query));
        }

        var package = packages.ReleasePackage(page.Releases, ThisUrl(), Site(), next);
        return Json(package, v => v.ValidateReleasePackage);
    }

    [HttpGet("releases/{id}")]
    public async Task<IActionResult> Release(string id, [FromServices] GetOcdsRecordHandler handler, CancellationToken cancellationToken)
    {
        if (await handler.ReleaseAsync(id, cancellationToken) is not { } release)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No OCDS release has this id.", detail: $"No release is {id}. Release ids are the ocid, a hyphen and the stage, e.g. ocds-prc000-PRC-2026-000123-tender-1.");
        }

        return Json(packages.ReleasePackage([release], ThisUrl(), Site(), null), v => v.ValidateReleasePackage);
    }

    [HttpGet("records/{ocid}")]
    public async Task<IActionResult> Record(string ocid, [FromServices] GetOcdsRecordHandler handler, CancellationToken cancellationToken)
    {
        if (await handler.RecordAsync(ocid, cancellationToken) is not { } record)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No contracting process has this ocid.", detail: $"No published tender has the ocid {ocid}.");
        }

        return Json(packages.RecordPackage(record, ThisUrl(), Site()), v => v.ValidateRecordPackage);
    }

    /// <summary>The package as application/json; with <c>OpenData:ValidateOutput</c>, checked against the schema first (problems logged).</summary>
    private ContentResult Json(JsonObject package, Func<OcdsSchemaValidator, Func<string, IReadOnlyList<string>>> validate)
    {
        var json = package.ToJsonString();
        if (settings.ValidateOutput)
        {
            var problems = validate(services.GetRequiredService<OcdsSchemaValidator>())(json);
            if (problems.Count > 0)
            {
                logger.LogWarning("OCDS output of {Path} does not validate: {Problems}", Request.Path, string.Join("; ", problems));
            }
        }

        return Content(json, "application/json");
    }

    private Uri ThisUrl() => new(Request.GetEncodedUrl());

    /// <summary>The site's base URL: <c>PublicUrl</c> when set, as in e-mails, otherwise the request's.</summary>
    private Uri Site()
    {
        var configured = configuration["PublicUrl"];
        var site = string.IsNullOrWhiteSpace(configured) ? $"{Request.Scheme}://{Request.Host}{Request.PathBase}" : configured;
        return new Uri(site.TrimEnd('/') + "/");
    }

    private static void AddIf(Dictionary<string, string?> query, string name, string? value)
    {
        if (value is not null)
        {
            query[name] = value;
        }
    }
}
