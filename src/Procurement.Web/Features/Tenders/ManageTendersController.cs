using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Tenders;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Tenders;

/// <summary>
/// Officers' tender pages under <c>/tenders/manage</c>: their agency's tenders, drafting, documents, publication (now or
/// scheduled), amendment of a published tender and cancellation. Officers see only their own agency's tenders (another agency's answer 404);
/// administrators see every agency's.
/// </summary>
[Authorize(Roles = $"{Roles.Officer},{Roles.Admin}")]
[Route("tenders/manage")]
public sealed class ManageTendersController(ITenderRepository tenders, ITenderCatalog catalog, TenderSettings settings, TimeProvider clock) : Controller
{
    private TenderActor Actor => new(User.UserId(), User.AgencyId(), User.IsInRole(Roles.Admin));

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = await catalog.ManagedAsync(Actor.IsAdmin ? null : Actor.AgencyId ?? Guid.Empty, cancellationToken);
        return View("Manage", new ManagedTendersPage(mine, clock.GetUtcNow()));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => await EditViewAsync(null, TenderForm.New(), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = nameof(TenderEditPage.Form))] TenderForm form, [FromServices] DraftTenderHandler handler, CancellationToken cancellationToken)
    {
        if (form.ApplyCommand() || !ModelState.IsValid)
        {
            return await RedisplayAsync(null, form, cancellationToken);
        }

        var agencyId = Actor.IsAdmin ? form.AgencyId ?? Guid.Empty : Actor.AgencyId ?? Guid.Empty;
        if (Actor.IsAdmin && form.AgencyId is null)
        {
            ModelState.AddModelError($"{nameof(TenderEditPage.Form)}.{nameof(form.AgencyId)}", "Choose the agency the tender is for.");
            return await EditViewAsync(null, form, cancellationToken);
        }

        var result = await handler.HandleAsync(new CreateTenderDraft(Actor, agencyId, form.ToDetails()), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return await ShowErrorsAsync(null, form, result.Errors, cancellationToken);
        }

        TempData["Message"] = "The draft was saved. Add its documents, then publish it or schedule its publication.";
        return RedirectToAction(nameof(Show), new { id = result.TenderId });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        await ManageViewAsync(id, page => page, cancellationToken);

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        return tender is null || !Actor.MayManage(tender) ? NotFound() : await EditViewAsync(id, TenderForm.From(tender), cancellationToken);
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Update(Guid id, [Bind(Prefix = nameof(TenderEditPage.Form))] TenderForm form, [FromServices] DraftTenderHandler handler, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        if (form.ApplyCommand() || !ModelState.IsValid)
        {
            return await RedisplayAsync(id, form, cancellationToken);
        }

        var result = await handler.HandleAsync(new UpdateTenderDraft(Actor, id, form.ToDetails()), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Found ? await ShowErrorsAsync(id, form, result.Errors, cancellationToken) : NotFound();
        }

        TempData["Message"] = "The draft was saved.";
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpGet("{id:guid}/amend")]
    public async Task<IActionResult> Amend(Guid id, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        if (!tender.IsOpenForBids(clock.GetUtcNow()))
        {
            TempData["Message"] = tender.Status == TenderStatus.Published
                ? "The submission deadline has passed, so the tender can no longer be amended."
                : "Only a published tender can be amended, until its submission deadline.";
            return RedirectToAction(nameof(Show), new { id });
        }

        var form = TenderForm.From(tender);
        form.Material = true;
        return await AmendViewAsync(id, form, cancellationToken);
    }

    [HttpPost("{id:guid}/amend")]
    public async Task<IActionResult> SaveAmendment(Guid id, [Bind(Prefix = nameof(TenderEditPage.Form))] TenderForm form, [FromServices] AmendTenderHandler handler, CancellationToken cancellationToken)
    {
        if (form.ApplyCommand() || !ModelState.IsValid)
        {
            KeepBindingErrorsOnly();
            return await AmendViewAsync(id, form, cancellationToken);
        }

        // The handler reads the tender itself, on its locked row; nothing is loaded before it.
        var result = await handler.HandleAsync(new AmendTender(Actor, id, form.ToDetails(), form.ChangeSummary, form.Material), cancellationToken);
        if (!result.Succeeded)
        {
            if (!result.Found)
            {
                return NotFound();
            }

            ModelState.Clear();
            ModelState.AddFieldErrors(Prefixed(nameof(TenderEditPage.Form), result.Errors));
            return await AmendViewAsync(id, form, cancellationToken);
        }

        var amended = await tenders.FindAsync(id, cancellationToken);
        TempData["Message"] = $"The tender is amended: version {amended?.Version} is public, and interested suppliers are being told.";
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:guid}/documents")]
    [RequestSizeLimit(MaxUploadRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequestBytes)]
    public async Task<IActionResult> Upload(
        Guid id, [Bind(Prefix = nameof(TenderManagePage.Document))] DocumentForm form, [FromServices] ManageTenderDocumentsHandler handler, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(form.File, settings.MaxDocumentBytes, cancellationToken);
        var result = await handler.HandleAsync(new AddTenderDocument(Actor, id, form.Title, form.File?.FileName ?? string.Empty, content), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Found
                ? await ManageViewAsync(id, page => page with { Document = new DocumentForm { Title = form.Title } }, cancellationToken, Prefixed(nameof(TenderManagePage.Document), result.Errors))
                : NotFound();
        }

        TempData["Message"] = $"The document “{form.Title?.Trim()}” was added.";
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:guid}/documents/{documentId:guid}/remove")]
    public async Task<IActionResult> RemoveDocument(Guid id, Guid documentId, [FromServices] ManageTenderDocumentsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new RemoveTenderDocument(Actor, id, documentId), cancellationToken);
        return Done(result, "The document was removed.");
    }

    [HttpGet("{id:guid}/documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        return await catalog.DocumentAsync(id, documentId, cancellationToken) is { } file ? this.TenderDocumentFile(file) : NotFound();
    }

    [HttpPost("{id:guid}/publish")]
    public async Task<IActionResult> Publish(Guid id, [FromServices] PublishTenderHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new PublishTender(Actor, id), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Found ? await ManageViewAsync(id, page => page, cancellationToken, result.Errors) : NotFound();
        }

        var tender = await tenders.FindAsync(id, cancellationToken);
        TempData["Message"] = $"The tender is published as {tender?.Reference}. Suppliers following its categories have been told.";
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:guid}/schedule")]
    public async Task<IActionResult> Schedule(
        Guid id, [Bind(Prefix = nameof(TenderManagePage.Publication))] PublicationForm form, [FromServices] ScheduleTenderPublicationHandler handler, CancellationToken cancellationToken)
    {
        var at = form.PublishAt is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var result = await handler.HandleAsync(new ScheduleTenderPublication(Actor, id, at), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Found
                ? await ManageViewAsync(id, page => page with { Publication = form }, cancellationToken, Prefixed(nameof(TenderManagePage.Publication), result.Errors))
                : NotFound();
        }

        TempData["Message"] = $"The tender will be published on {TenderText.Utc(at!.Value)}.";
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:guid}/unschedule")]
    public async Task<IActionResult> Unschedule(Guid id, [FromServices] ScheduleTenderPublicationHandler handler, CancellationToken cancellationToken) =>
        Done(await handler.HandleAsync(new UnscheduleTenderPublication(Actor, id), cancellationToken), "The scheduled publication was cancelled; the tender is a draft again.");

    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(
        Guid id, [Bind(Prefix = nameof(TenderManagePage.Cancellation))] CancellationForm form, [FromServices] CancelTenderHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new CancelTender(Actor, id, form.Reason), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Found
                ? await ManageViewAsync(id, page => page with { Cancellation = form }, cancellationToken, Prefixed(nameof(TenderManagePage.Cancellation), result.Errors))
                : NotFound();
        }

        TempData["Message"] = "The tender is cancelled. The reason is shown on its public page.";
        return RedirectToAction(nameof(Show), new { id });
    }

    /// <summary>The largest upload request read: the document limit plus room for the other fields.</summary>
    private const long MaxUploadRequestBytes = 100 * 1024 * 1024;

    private IActionResult Done(TenderChange result, string message)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? message : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToAction(nameof(Show), new { id = result.TenderId });
    }

    private async Task<IActionResult> RedisplayAsync(Guid? id, TenderForm form, CancellationToken cancellationToken)
    {
        KeepBindingErrorsOnly();
        return await EditViewAsync(id, form, cancellationToken);
    }

    /// <summary>After an add or remove button: the form is shown again as typed, without judging it yet (binding errors stay).</summary>
    private void KeepBindingErrorsOnly()
    {
        var bindingErrors = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => new FieldError(e.Key, e.Value!.Errors[0].ErrorMessage)).ToList();
        ModelState.Clear();
        ModelState.AddFieldErrors(bindingErrors);
    }

    private async Task<IActionResult> AmendViewAsync(Guid id, TenderForm form, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        // The procedure cannot change once published; the form shows it as text and posts it back unchanged.
        form.Procedure = tender.Procedure;
        var context = new AmendmentContext(tender.Reference!, tender.Version, tender.Lots.Count, tender.SubmissionDeadline, settings.MinimumDaysAfterMaterialAmendment);
        return View("Edit", new TenderEditPage(tender.Id, form, await catalog.UnitsAsync(cancellationToken), null, context));
    }

    private async Task<IActionResult> ShowErrorsAsync(Guid? id, TenderForm form, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddFieldErrors(Prefixed(nameof(TenderEditPage.Form), errors));
        return await EditViewAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> EditViewAsync(Guid? id, TenderForm form, CancellationToken cancellationToken) => View("Edit", new TenderEditPage(
        id, form, await catalog.UnitsAsync(cancellationToken), Actor.IsAdmin ? await catalog.AgenciesAsync(cancellationToken) : null));

    private async Task<IActionResult> ManageViewAsync(Guid id, Func<TenderManagePage, TenderManagePage> shape, CancellationToken cancellationToken, IEnumerable<FieldError>? errors = null)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        if (errors is not null)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(errors);
        }

        var page = new TenderManagePage(
            tender, await tenders.AgencyNameAsync(tender.AgencyId, cancellationToken), await catalog.UnitsAsync(cancellationToken), clock.GetUtcNow(),
            settings.MinimumSubmissionDays, settings.MaxDocumentBytes)
        {
            Versions = await catalog.VersionsAsync(tender.Id, cancellationToken),
        };
        return View("Tender", shape(page));
    }

    private static IEnumerable<FieldError> Prefixed(string prefix, IEnumerable<FieldError> errors) =>
        errors.Select(error => error.Field.Length == 0 ? error : error with { Field = $"{prefix}.{error.Field}" });

    /// <summary>At most one byte more than a document may have, so a larger file is refused without keeping it all.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return [];
        }

        var buffer = new byte[Math.Min(file.Length, maxBytes + 1)];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }
}

public sealed record ManagedTendersPage(IReadOnlyList<ManagedTender> Tenders, DateTimeOffset Now);

public static class TenderDocumentDownloads
{
    /// <summary>A stored document as a download: never shown inline, and never sniffed into another type.</summary>
    public static FileContentResult TenderDocumentFile(this ControllerBase controller, TenderFile file)
    {
        controller.Response.Headers.XContentTypeOptions = "nosniff";
        return controller.File(file.Content, file.ContentType, file.FileName);
    }
}
