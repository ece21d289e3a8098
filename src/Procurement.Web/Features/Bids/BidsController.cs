using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Procurement.Application;
using Procurement.Application.Bids;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;
using Procurement.Web.Features.Tenders;
using Procurement.Web.Hosting;

namespace Procurement.Web.Features.Bids;

/// <summary>
/// A supplier's own bid for a tender: the draft (saved as often as wanted, with attachments), submission (sealed on
/// arrival), replacement, withdrawal and the signed receipts. The company comes from the sign-in; nothing here shows a
/// submitted bid's content, which is sealed until the opening.
/// </summary>
[Authorize(Roles = Roles.Supplier)]
[Route("tenders/" + TendersController.ReferenceRoute + "/bid")]
[RequestSizeLimit(BidRules.MaxAttachmentBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = BidRules.MaxAttachmentBytes + (1024 * 1024))]
public sealed class BidsController(ITenderCatalog tenders, IBidCatalog bids, ISupplierRegistry suppliers, SaveBidDraftHandler drafts, TimeProvider clock) : Controller
{
    private BidActor Actor => new(User.SupplierId() ?? Guid.Empty, User.UserId());

    [HttpGet("")]
    public async Task<IActionResult> Show(string reference, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var draft = await drafts.ReadAsync(Actor, found.Tender.Id, cancellationToken);
        return View(await PageAsync(found, BidForm.For(found.Tender, draft), draft, cancellationToken));
    }

    /// <summary>Saves the form as the draft (and the chosen file as an attachment), then submits it if asked: nothing typed is lost.</summary>
    [HttpPost("")]
    [EnableRateLimiting(RateLimiting.BidsPolicy)]
    public async Task<IActionResult> Save(string reference, BidForm form, [FromServices] SubmitBidHandler submit, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            // A price or a number of days that is not a number: shown as typed, with the message, and nothing saved.
            return await Invalid(found, form, [], cancellationToken);
        }

        form = form.AlignedTo(found.Tender);
        var tenderId = found.Tender.Id;
        var outcome = await drafts.HandleAsync(new SaveBidDraft(Actor, tenderId, form.ToOffers()), cancellationToken);
        if (outcome.Succeeded && form.Attachment is { Length: > 0 } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            outcome = await drafts.HandleAsync(new AddBidAttachment(Actor, tenderId, file.FileName, buffer.ToArray()), cancellationToken);
        }

        if (outcome.Succeeded && form.Action == "submit")
        {
            outcome = await submit.HandleAsync(new SubmitBid(Actor, tenderId), cancellationToken);
            if (outcome.Receipt is { } receipt)
            {
                TempData["Message"] = $"Your bid was sealed and received at {TenderText.Utc(receipt.Receipt.ReceivedAt)}. Download and keep your receipt below.";
                return Redirect($"/tenders/{reference}/bid");
            }
        }

        if (outcome.Succeeded)
        {
            TempData["Message"] = form.Attachment is { Length: > 0 } ? "The file is attached to your draft." : "Your draft is saved. It is not submitted yet.";
            return Redirect($"/tenders/{reference}/bid");
        }

        return outcome.Found ? await Invalid(found, form, outcome.Errors, cancellationToken) : NotFound();
    }

    /// <summary>Posted by the remove button inside the bid form, so the offers typed meanwhile are saved too.</summary>
    [HttpPost("attachments/{attachmentId:guid}/remove")]
    [EnableRateLimiting(RateLimiting.BidsPolicy)]
    public async Task<IActionResult> RemoveAttachment(string reference, Guid attachmentId, BidForm form, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await Invalid(found, form, [], cancellationToken);
        }

        form = form.AlignedTo(found.Tender);
        var outcome = await drafts.HandleAsync(new SaveBidDraft(Actor, found.Tender.Id, form.ToOffers()), cancellationToken);
        if (outcome.Succeeded)
        {
            outcome = await drafts.HandleAsync(new RemoveBidAttachment(Actor, found.Tender.Id, attachmentId), cancellationToken);
        }

        if (!outcome.Succeeded)
        {
            return outcome.Found ? await Invalid(found, form, outcome.Errors, cancellationToken) : NotFound();
        }

        TempData["Message"] = "The attachment is removed from your draft.";
        return Redirect($"/tenders/{reference}/bid");
    }

    [HttpPost("withdraw")]
    [EnableRateLimiting(RateLimiting.BidsPolicy)]
    public async Task<IActionResult> Withdraw(string reference, [FromServices] WithdrawBidHandler withdraw, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var outcome = await withdraw.HandleAsync(new WithdrawBid(Actor, found.Tender.Id), cancellationToken);
        if (!outcome.Succeeded)
        {
            var draft = await drafts.ReadAsync(Actor, found.Tender.Id, cancellationToken);
            return outcome.Found ? await Invalid(found, BidForm.For(found.Tender, draft), outcome.Errors, cancellationToken) : NotFound();
        }

        TempData["Message"] = "Your bid is withdrawn; it will not be opened. You can submit a new bid until the deadline.";
        return Redirect($"/tenders/{reference}/bid");
    }

    [HttpGet("receipts/{receiptId:guid}")]
    public async Task<IActionResult> Receipt(string reference, Guid receiptId, CancellationToken cancellationToken)
    {
        if (await tenders.PublishedAsync(reference, cancellationToken) is not { } found
            || await bids.ReceiptFileAsync(found.Tender.Id, Actor.SupplierId, receiptId, cancellationToken) is not { } text)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(System.Text.Encoding.UTF8.GetBytes(text), "application/json", $"receipt-{reference}-{receiptId:N}.json");
    }

    private async Task<IActionResult> Invalid(PublicTender found, BidForm form, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        var draft = await drafts.ReadAsync(Actor, found.Tender.Id, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Show", await PageAsync(found, form.AlignedTo(found.Tender), draft, cancellationToken));
    }

    private async Task<BidPage> PageAsync(PublicTender found, BidForm form, BidDraftView? draft, CancellationToken cancellationToken)
    {
        var supplier = await suppliers.FindAsync(Actor.SupplierId, cancellationToken);
        var bid = await bids.SupplierBidAsync(found.Tender.Id, Actor.SupplierId, cancellationToken);
        return new BidPage(found, form, draft, bid, supplier?.MayBid == true, clock.GetUtcNow());
    }
}
