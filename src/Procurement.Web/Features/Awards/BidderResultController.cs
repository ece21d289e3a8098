using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application;
using Procurement.Application.Awards;
using Procurement.Application.Awards.Ports;
using Procurement.Application.Bids;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Identity;
using Procurement.Domain.Tenders;
using Procurement.Web.Features.Identity;
using Procurement.Web.Features.Tenders;

namespace Procurement.Web.Features.Awards;

/// <summary>
/// A bidder's result under <c>/tenders/{reference}/result</c>: per lot its own rank and scores, the winner and its price
/// (never another bidder's scores), the standstill's end, and while it runs the form to lodge a complaint. Only a
/// supplier that bid sees the page; others get 404.
/// </summary>
[Authorize(Roles = Roles.Supplier)]
[Route("tenders/" + TendersController.ReferenceRoute + "/result")]
[RequestSizeLimit((Complaint.MaxDocuments * Complaint.MaxDocumentBytes) + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = (Complaint.MaxDocuments * Complaint.MaxDocumentBytes) + (1024 * 1024))]
public sealed class BidderResultController(ITenderCatalog tenders, IAwardRepository awards, IEvaluationResults evaluations, TimeProvider clock) : Controller
{
    private BidActor Actor => new(User.SupplierId() ?? Guid.Empty, User.UserId());

    [HttpGet("")]
    public async Task<IActionResult> Show(string reference, CancellationToken cancellationToken) => await ResultViewAsync(reference, null, cancellationToken);

    [HttpPost("complaint")]
    public async Task<IActionResult> Lodge(string reference, [Bind(Prefix = nameof(ResultPage.Form))] ComplaintForm form, [FromServices] LodgeComplaintHandler handler, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var documents = new List<NewComplaintDocument>();
        foreach (var file in form.Documents ?? [])
        {
            if (file.Length > Complaint.MaxDocumentBytes)
            {
                ModelState.AddModelError($"{nameof(ResultPage.Form)}.{nameof(form.Documents)}", $"{file.FileName} is larger than {Complaint.MaxDocumentMegabytes} MB.");
                return await ResultViewAsync(reference, form, cancellationToken);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            documents.Add(new NewComplaintDocument(file.FileName, buffer.ToArray()));
        }

        var result = await handler.HandleAsync(new LodgeComplaint(Actor, found.Tender.Id, form.Text, documents), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{nameof(ResultPage.Form)}.{e.Field}" }));
            return await ResultViewAsync(reference, form, cancellationToken);
        }

        TempData["Message"] = "Your complaint was lodged. The award cannot become final until it is decided; you will be told the decision and its reason.";
        return RedirectToAction(nameof(Show), new { reference });
    }

    private async Task<IActionResult> ResultViewAsync(string reference, ComplaintForm? form, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found
            || !(await awards.BiddersAsync(found.Tender.Id, cancellationToken)).Contains(Actor.SupplierId))
        {
            return NotFound();
        }

        var tender = found.Tender;
        var decision = (await awards.DecisionsAsync(tender.Id, cancellationToken)).FirstOrDefault(d => d.Status != AwardDecisionStatus.Superseded);
        var evaluation = decision is null ? null : await evaluations.FinalAsync(tender.Id, cancellationToken);
        var complaints = (await awards.ComplaintsAsync(tender.Id, cancellationToken)).Where(c => c.SupplierId == Actor.SupplierId).ToList();
        return View("Result", new ResultPage(tender, found.Agency, decision, evaluation, Actor.SupplierId, complaints, clock.GetUtcNow()) { Form = form ?? new ComplaintForm() });
    }
}

public sealed record ResultPage(
    Tender Tender, string Agency, AwardDecision? Decision, FinalEvaluation? Evaluation, Guid SupplierId, IReadOnlyList<Complaint> OwnComplaints, DateTimeOffset Now)
{
    public ComplaintForm Form { get; init; } = new();

    public bool MayComplain => Decision is { } decision && decision.IsOpenToComplaints(Now);
}

public sealed class ComplaintForm
{
    [Display(Name = "Your complaint")]
    public string? Text { get; set; }

    [Display(Name = "Supporting documents (optional)")]
    public List<IFormFile>? Documents { get; set; }
}
