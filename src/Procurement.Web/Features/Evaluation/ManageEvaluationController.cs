using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Evaluation;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Tenders;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Evaluation;

/// <summary>
/// The officer names the evaluation committee of an opened tender (<c>/tenders/manage/{id}/evaluation</c>), adds members
/// or names a new chair until finalisation, and follows its progress. Officers of the tender's agency and administrators;
/// the page shows the committee and declarations, never a bid's content.
/// </summary>
[Authorize(Roles = $"{Roles.Officer},{Roles.Admin}")]
[Route("tenders/manage/{id:guid}/evaluation")]
public sealed class ManageEvaluationController(EvaluationViews views, IEvaluationStaff staff) : Controller
{
    private TenderActor Actor => new(User.UserId(), User.AgencyId(), User.IsInRole(Roles.Admin));

    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => PageAsync(id, null, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Name(Guid id, [Bind(Prefix = "Form")] CommitteeForm form, [FromServices] NameCommitteeHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new NameCommittee(Actor, id, form.Scale, form.MemberIds ?? [], form.ChairId), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"Form.{e.Field}" }));
            return await PageAsync(id, form, cancellationToken);
        }

        TempData["Message"] = "The committee is named. Each new member has been asked to sign the conflict-of-interest declaration.";
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> PageAsync(Guid id, CommitteeForm? form, CancellationToken cancellationToken)
    {
        if (await views.LoadAsync(id, cancellationToken) is not { } view || !Actor.MayManage(view.Tender))
        {
            return NotFound();
        }

        form ??= new CommitteeForm
        {
            MemberIds = view.Evaluation?.ActiveMembers.Select(m => m.UserId).ToList() ?? [],
            ChairId = view.Evaluation?.Chair?.UserId,
            Scale = view.Evaluation?.Scale,
        };
        return View("Committee", new CommitteePage(view, await staff.EvaluatorsAsync(view.Tender.AgencyId, cancellationToken), form));
    }
}
