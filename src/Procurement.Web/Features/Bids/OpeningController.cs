using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Bids.Ports;
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
/// officers and the bidders only. Officers also see each offer's validity and notes and download the attachments.
/// Before the opening there is nothing here for anyone.
/// </summary>
[AllowAnonymous]
[Route("tenders/" + TendersController.ReferenceRoute + "/opening")]
public sealed class OpeningController(ITenderCatalog tenders, IBidCatalog bids) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string reference, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found
            || await bids.OpeningRecordAsync(found.Tender.Id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        var isOfficer = IsOfficerOf(found.Tender);
        var isBidder = User.SupplierId() is { } supplierId && record.Bids.Any(bid => bid.SupplierId == supplierId);
        if (found.Tender.Procedure != ProcurementProcedure.OpenProcedure && !isOfficer && !isBidder)
        {
            return NotFound();
        }

        return View("Opening", new OpeningPage(found, record, isOfficer, User.SupplierId()));
    }

    [HttpGet("attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Attachment(string reference, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found
            || !IsOfficerOf(found.Tender)
            || await bids.OpenedAttachmentAsync(found.Tender.Id, attachmentId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    private bool IsOfficerOf(Tender tender) =>
        (User.IsInRole(Roles.Officer) || User.IsInRole(Roles.Admin)) && new TenderActor(User.UserId(), User.AgencyId(), User.IsInRole(Roles.Admin)).MayManage(tender);
}

/// <param name="IsOfficer">The agency's officer (or an administrator): sees validity, notes and attachments.</param>
/// <param name="SupplierId">The signed-in supplier, whose own bid is marked.</param>
public sealed record OpeningPage(PublicTender Public, OpeningRecord Record, bool IsOfficer, Guid? SupplierId);
