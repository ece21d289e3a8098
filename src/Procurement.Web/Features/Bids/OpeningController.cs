using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Identity;
using Procurement.Domain.Tenders;
using Procurement.Web.Features.Identity;
using Procurement.Web.Features.Tenders;

namespace Procurement.Web.Features.Bids;

/// <summary>
/// The opening record of a tender, once its bids are opened: public for an open procedure, otherwise for the agency's
/// officers and the bidders only. Officers, and evaluation committee members once they have declared no conflict of
/// interest, also see each offer's validity and notes and download the attachments; an evaluator who has not declared
/// (or declared a conflict) sees only what the public or a bidder sees. Before the opening there is nothing here for anyone.
/// </summary>
[AllowAnonymous]
[Route("tenders/" + TendersController.ReferenceRoute + "/opening")]
public sealed class OpeningController(ITenderCatalog tenders, IBidCatalog bids, IEvaluationRepository evaluations) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string reference, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found
            || await bids.OpeningRecordAsync(found.Tender.Id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        var maySeeDetails = await MaySeeDetailsAsync(found.Tender, cancellationToken);
        var isBidder = User.SupplierId() is { } supplierId && record.Bids.Any(bid => bid.SupplierId == supplierId);
        if (found.Tender.Procedure != ProcurementProcedure.OpenProcedure && !maySeeDetails && !isBidder)
        {
            return NotFound();
        }

        return View("Opening", new OpeningPage(found, record, maySeeDetails, User.SupplierId()));
    }

    [HttpGet("attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Attachment(string reference, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found
            || !await MaySeeDetailsAsync(found.Tender, cancellationToken)
            || await bids.OpenedAttachmentAsync(found.Tender.Id, attachmentId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<bool> MaySeeDetailsAsync(Tender tender, CancellationToken cancellationToken)
    {
        if ((User.IsInRole(Roles.Officer) || User.IsInRole(Roles.Admin)) && new TenderActor(User.UserId(), User.AgencyId(), User.IsInRole(Roles.Admin)).MayManage(tender))
        {
            return true;
        }

        return User.IsInRole(Roles.Evaluator) && await evaluations.FindByTenderAsync(tender.Id, cancellationToken) is { } evaluation && evaluation.MaySeeBids(User.UserId());
    }
}

/// <param name="IsOfficer">The agency's officer, an administrator, or a committee member who declared no conflict: sees validity, notes and attachments.</param>
/// <param name="SupplierId">The signed-in supplier, whose own bid is marked.</param>
public sealed record OpeningPage(PublicTender Public, OpeningRecord Record, bool IsOfficer, Guid? SupplierId);
