using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;

namespace Procurement.Web.Features.Tenders;

/// <summary>
/// <c>GET /api/tenders?status=&amp;agency=&amp;cpv=&amp;closesBefore=&amp;page=</c> and <c>GET /api/tenders/{reference}</c>: the
/// public tender list and a tender as JSON (docs/api.md). Invalid parameters answer 400 with problem details.
/// </summary>
[AllowAnonymous]
[ApiController]
[Route("api/tenders")]
public sealed class TendersApiController(ITenderCatalog catalog, TimeProvider clock) : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> Search([FromQuery] TenderSearchParameters parameters, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = await catalog.SearchAsync(parameters.ToSearch(now), cancellationToken);
        return Ok(new
        {
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
            items = result.Items.Select(item => new
            {
                reference = item.Reference,
                title = item.Title,
                buyer = item.Agency,
                status = PublicStatus(item.Status, item.SubmissionDeadline, now),
                procedure = item.Procedure.ToString(),
                publishedAt = item.PublishedAt,
                submissionDeadline = item.SubmissionDeadline,
                cpv = item.CpvCodes,
                estimatedValue = item.EstimatedValues.Select(v => new { amount = v.Amount, currency = v.Currency }),
                link = $"/tenders/{item.Reference}",
            }),
        });
    }

    [HttpGet(TendersController.ReferenceRoute)]
    public async Task<IActionResult> Show(string reference, [FromServices] IClarificationStore clarifications, CancellationToken cancellationToken)
    {
        if (await catalog.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No published tender has this reference.", detail: $"No published tender is {reference}.");
        }

        var tender = found.Tender;
        var answered = await clarifications.PublishedAsync(tender.Id, cancellationToken);
        var versions = await catalog.VersionsAsync(tender.Id, cancellationToken);
        return Ok(new
        {
            reference = tender.Reference,
            version = tender.Version,
            lastAmendedAt = tender.LastAmendedAt,
            ocid = tender.Ocid,
            title = tender.Title,
            description = tender.Description,
            buyer = new { name = found.Agency, identifier = found.AgencyIdentifier },
            status = PublicStatus(tender.Status, tender.SubmissionDeadline, clock.GetUtcNow()),
            procedure = tender.Procedure.ToString(),
            evaluationMethod = tender.EvaluationMethod.ToString(),
            publishedAt = tender.PublishedAt,
            clarificationDeadline = tender.ClarificationDeadline,
            submissionDeadline = tender.SubmissionDeadline,
            cancellationReason = tender.CancellationReason,
            lots = tender.Lots.Select(lot => new
            {
                number = lot.Number,
                title = lot.Title,
                description = lot.Description,
                cpv = lot.CpvCode,
                quantity = lot.Quantity,
                unit = lot.UnitCode,
                estimatedValue = new { amount = lot.EstimatedValue.Amount, currency = lot.EstimatedValue.Currency },
            }),
            criteria = tender.Criteria.Select(c => new { name = c.Name, weight = c.Weight, price = c.IsPrice }),
            documents = tender.Documents.OrderBy(d => d.UploadedAt).Select(d => new
            {
                title = d.Title,
                fileName = d.FileName,
                contentType = d.ContentType,
                size = d.SizeBytes,
                sha256 = d.Sha256,
                link = $"/tenders/{tender.Reference}/documents/{d.Id}",
            }),
            clarifications = answered.Select(c => new { question = c.Question, answer = c.Answer, answeredAt = c.AnsweredAt }),
            amendments = versions.Where(v => v.ChangeSummary is not null).Select(v => new
            {
                version = v.Number,
                at = v.At,
                summary = v.ChangeSummary,
                material = v.Material,
                link = $"/tenders/{tender.Reference}/versions/{v.Number}",
            }),
            openingKey = tender.OpeningKey is { } key ? new { publicKey = Convert.ToBase64String(key.PublicKey), fingerprint = key.Fingerprint, notBefore = key.NotBefore } : null,
        });
    }

    private static string PublicStatus(TenderStatus status, DateTimeOffset deadline, DateTimeOffset now) => status switch
    {
        TenderStatus.Published when deadline > now => "open",
        TenderStatus.Published => "closed",
        TenderStatus.Opened => "opened",
        TenderStatus.Evaluation => "evaluation",
        TenderStatus.Standstill => "standstill",
        TenderStatus.Awarded => "awarded",
        TenderStatus.Unsuccessful => "unsuccessful",
        _ => "cancelled",
    };
}
