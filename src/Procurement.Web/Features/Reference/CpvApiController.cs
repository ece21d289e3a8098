using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Reference;
using Procurement.Application.Reference.Ports;
using Procurement.Domain.Reference;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Reference;

/// <summary>
/// <c>GET /api/cpv?q=&amp;limit=</c> and <c>GET /api/cpv/{code}</c>: the CPV 2008 vocabulary for the CPV picker and anyone
/// else (documented in docs/api.md). Bad input answers RFC 7807 problem details.
/// </summary>
[AllowAnonymous]
[ApiController]
[Route("api/cpv")]
public sealed class CpvApiController(ICpvVocabulary vocabulary) : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> Search(
        [FromQuery(Name = "q")] string? text, [FromQuery(Name = "limit")] int? limit, [FromServices] SearchCpvCodesHandler search, CancellationToken cancellationToken)
    {
        var outcome = await search.HandleAsync(new SearchCpvCodes(text, limit), cancellationToken);
        if (outcome.Items is not { } items)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return ValidationProblem(ModelState);
        }

        return Ok(new { items = items.Select(Item) });
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Find(string code, CancellationToken cancellationToken)
    {
        if (!CpvCode.IsWellFormed(code))
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a CPV code",
                detail: $"'{code}' is not a CPV code: expected eight digits, a hyphen and a check digit, like 45233120-6.");
        }

        var index = await vocabulary.IndexAsync(cancellationToken);
        return index.Find(code) is { } match
            ? Ok(Item(match))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "No such CPV code", detail: $"{code.Trim()} is not in the CPV 2008 vocabulary.");
    }

    private static object Item(CpvCodeMatch match) => new { code = match.Code, label = match.Label, prefix = match.Prefix };
}
