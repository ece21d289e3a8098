using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Tenders;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Evaluation;

/// <summary>
/// The evaluation report of a tender (<c>/tenders/manage/{id}/evaluation/report</c>), printable: bids, qualification, every
/// member's scores, the consensus, how each number was computed, the ranking per lot, the committee and its declarations.
/// For the agency's officers, committee members who declared no conflict, auditors and administrators; 404 for anyone else.
/// </summary>
[Authorize]
[Route("tenders/manage/{id:guid}/evaluation/report")]
public sealed class EvaluationReportController(EvaluationViews views) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        if (await views.LoadAsync(id, cancellationToken) is not { Evaluation: { } evaluation } view)
        {
            return NotFound();
        }

        var isOfficer = User.IsInRole(Roles.Officer) && new TenderActor(User.UserId(), User.AgencyId(), false).MayManage(view.Tender);
        var mayRead = isOfficer || User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Auditor) || evaluation.MaySeeBids(User.UserId());
        return mayRead ? View("Report", view) : NotFound();
    }
}
