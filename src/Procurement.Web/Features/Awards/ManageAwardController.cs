using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application;
using Procurement.Application.Awards;
using Procurement.Application.Awards.Ports;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Identity;
using Procurement.Domain.Tenders;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Awards;

/// <summary>
/// The officer's award pages under <c>/tenders/manage/{id}</c>: the award decision on the finalised evaluation, the
/// complaints (officers of the tender's agency; administrators as review body) and the contracts. Another agency's
/// tender answers 404.
/// </summary>
[Authorize(Roles = $"{Roles.Officer},{Roles.Admin}")]
[Route("tenders/manage/{id:guid}")]
[RequestSizeLimit(Domain.Awards.Contract.MaxDocumentBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = Domain.Awards.Contract.MaxDocumentBytes + (1024 * 1024))]
public sealed class ManageAwardController(ITenderRepository tenders, IAwardRepository awards, IEvaluationResults evaluations, ISupplierRegistry suppliers, TimeProvider clock) : Controller
{
    private TenderActor Actor => new(User.UserId(), User.AgencyId(), User.IsInRole(Roles.Admin));

    [HttpGet("award")]
    public async Task<IActionResult> Award(Guid id, CancellationToken cancellationToken) => await AwardViewAsync(id, form: null, cancellationToken);

    [HttpPost("award")]
    public async Task<IActionResult> Decide(Guid id, [Bind(Prefix = nameof(AwardPage.Form))] AwardForm form, [FromServices] DecideAwardHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new DecideAward(Actor, id, form.ToChoices()), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{nameof(AwardPage.Form)}.{e.Field}" }));
            return await AwardViewAsync(id, form, cancellationToken);
        }

        TempData["Message"] = "The award decision was sent to every bidder and the standstill period has begun.";
        return RedirectToAction(nameof(Award), new { id });
    }

    [HttpGet("complaints")]
    public async Task<IActionResult> Complaints(Guid id, CancellationToken cancellationToken) => await ComplaintsViewAsync(id, null, null, cancellationToken);

    [HttpPost("complaints/{complaintId:guid}")]
    public async Task<IActionResult> DecideComplaint(
        Guid id, Guid complaintId, [Bind(Prefix = nameof(ComplaintsPage.Form))] ComplaintDecisionForm form, [FromServices] DecideComplaintHandler handler, CancellationToken cancellationToken)
    {
        if (form.Outcome is not ("uphold" or "reject"))
        {
            ModelState.AddModelError($"{nameof(ComplaintsPage.Form)}.{nameof(form.Outcome)}", "Choose whether the complaint is upheld or rejected.");
            return await ComplaintsViewAsync(id, complaintId, form, cancellationToken);
        }

        var result = await handler.HandleAsync(new DecideComplaint(Actor, id, complaintId, form.Outcome == "uphold", form.Reason), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{nameof(ComplaintsPage.Form)}.{e.Field}" }));
            return await ComplaintsViewAsync(id, complaintId, form, cancellationToken);
        }

        TempData["Message"] = form.Outcome == "uphold"
            ? "The complaint is upheld: the award decision is withdrawn and the tender is back in evaluation. Every bidder has been told."
            : "The complaint is rejected and the complainant has been told.";
        return RedirectToAction(nameof(Complaints), new { id });
    }

    [HttpGet("complaints/{complaintId:guid}/documents/{documentId:guid}")]
    public async Task<IActionResult> ComplaintDocument(Guid id, Guid complaintId, Guid documentId, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender) || !(await awards.ComplaintsAsync(id, cancellationToken)).Any(c => c.Id == complaintId))
        {
            return NotFound();
        }

        return await awards.ComplaintDocumentAsync(complaintId, documentId, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
    }

    [HttpGet("contracts/{contractId:guid}")]
    public async Task<IActionResult> ShowContract(Guid id, Guid contractId, CancellationToken cancellationToken) => await ContractViewAsync(id, contractId, null, cancellationToken);

    [HttpPost("contracts/{contractId:guid}")]
    public async Task<IActionResult> RecordSignature(
        Guid id, Guid contractId, [Bind(Prefix = nameof(ContractPage.Form))] ContractForm form, [FromServices] RecordContractSignatureHandler handler, CancellationToken cancellationToken)
    {
        byte[]? content = null;
        if (form.Document is { Length: > 0 and <= Domain.Awards.Contract.MaxDocumentBytes } upload)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        else if (form.Document is { Length: > Domain.Awards.Contract.MaxDocumentBytes })
        {
            content = new byte[Domain.Awards.Contract.MaxDocumentBytes + 1];
        }

        var result = await handler.HandleAsync(
            new RecordContractSignature(Actor, id, contractId, form.SignedOn, form.PeriodStart, form.PeriodEnd, form.Document?.FileName, content), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{nameof(ContractPage.Form)}.{e.Field}" }));
            return await ContractViewAsync(id, contractId, form, cancellationToken);
        }

        TempData["Message"] = "The signature, contract period and signed contract are recorded.";
        return RedirectToAction(nameof(ShowContract), new { id, contractId });
    }

    [HttpGet("contracts/{contractId:guid}/document")]
    public async Task<IActionResult> ContractDocument(Guid id, Guid contractId, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender) || !(await awards.ContractsAsync(id, cancellationToken)).Any(c => c.Id == contractId))
        {
            return NotFound();
        }

        return await awards.ContractDocumentAsync(contractId, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
    }

    private async Task<IActionResult> AwardViewAsync(Guid id, AwardForm? form, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        var evaluation = tender.Status == TenderStatus.Evaluation ? await evaluations.FinalAsync(id, cancellationToken) : null;
        var decisions = await awards.DecisionsAsync(id, cancellationToken);
        return View("Award", new AwardPage(tender, evaluation, decisions, await awards.ContractsAsync(id, cancellationToken), clock.GetUtcNow())
        {
            Form = form is null ? AwardForm.For(evaluation) : form.CoveringLotsOf(evaluation),
        });
    }

    private async Task<IActionResult> ComplaintsViewAsync(Guid id, Guid? deciding, ComplaintDecisionForm? form, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        var complaints = await awards.ComplaintsAsync(id, cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var supplierId in complaints.Select(c => c.SupplierId).Distinct())
        {
            names[supplierId] = (await suppliers.FindAsync(supplierId, cancellationToken))?.LegalName ?? "A bidder";
        }

        return View("Complaints", new ComplaintsPage(tender, complaints, names, await awards.StandingAsync(id, cancellationToken))
        {
            Deciding = deciding,
            Form = form ?? new ComplaintDecisionForm(),
        });
    }

    private async Task<IActionResult> ContractViewAsync(Guid id, Guid contractId, ContractForm? form, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        var contract = tender is null ? null : (await awards.ContractsAsync(id, cancellationToken)).FirstOrDefault(c => c.Id == contractId);
        if (tender is null || contract is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        return View("Contract", new ContractPage(tender, contract)
        {
            Form = form ?? new ContractForm { SignedOn = contract.SignedOn, PeriodStart = contract.PeriodStart, PeriodEnd = contract.PeriodEnd },
        });
    }
}
