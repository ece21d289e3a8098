using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Tenders;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Tenders;

/// <summary>
/// The officers' view of a tender's clarification questions, under <c>/tenders/manage/{id}/questions</c>: officers of the
/// tender's agency only (another agency's answer 404), administrators any. Publishing an answer tells every interested supplier.
/// </summary>
[Authorize(Roles = $"{Roles.Officer},{Roles.Admin}")]
[Route("tenders/manage/{id:guid}/questions")]
public sealed class ManageClarificationsController(ITenderRepository tenders, IClarificationStore clarifications, TimeProvider clock) : Controller
{
    private TenderActor Actor => new(User.UserId(), User.AgencyId(), User.IsInRole(Roles.Admin));

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        if (tender is null || !Actor.MayManage(tender))
        {
            return NotFound();
        }

        return View("Questions", new TenderQuestionsPage(tender, await clarifications.ForTenderAsync(id, cancellationToken), clock.GetUtcNow()));
    }

    [HttpGet("{clarificationId:guid}")]
    public async Task<IActionResult> Answer(Guid id, Guid clarificationId, CancellationToken cancellationToken) =>
        await AnswerViewAsync(id, clarificationId, form: null, cancellationToken);

    [HttpPost("{clarificationId:guid}")]
    public async Task<IActionResult> Publish(
        Guid id, Guid clarificationId, [Bind(Prefix = nameof(AnswerPage.Form))] AnswerForm form, [FromServices] AnswerClarificationHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new AnswerClarification(Actor, id, clarificationId, form.PublishedQuestion, form.Answer), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{nameof(AnswerPage.Form)}.{e.Field}" }));
            return await AnswerViewAsync(id, clarificationId, form, cancellationToken);
        }

        TempData["Message"] = "The answer is published on the tender's page, and every interested supplier has been told.";
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> AnswerViewAsync(Guid id, Guid clarificationId, AnswerForm? form, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(id, cancellationToken);
        var clarification = await clarifications.FindAsync(clarificationId, cancellationToken);
        if (tender is null || !Actor.MayManage(tender) || clarification is null || clarification.TenderId != tender.Id)
        {
            return NotFound();
        }

        return View("Answer", new AnswerPage(tender, clarification, clock.GetUtcNow())
        {
            Form = form ?? new AnswerForm { PublishedQuestion = clarification.PublishedQuestion ?? clarification.Question, Answer = clarification.Answer },
        });
    }
}

public sealed record TenderQuestionsPage(Tender Tender, IReadOnlyList<Clarification> Questions, DateTimeOffset Now);

public sealed record AnswerPage(Tender Tender, Clarification Clarification, DateTimeOffset Now)
{
    public AnswerForm Form { get; init; } = new();
}

public sealed class AnswerForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "The question as it will be published")]
    public string? PublishedQuestion { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Answer")]
    public string? Answer { get; set; }
}
