using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Tenders;

/// <summary>A supplier's user on a public tender's page: follow it or stop following, and ask a clarification question.</summary>
[Authorize(Roles = Roles.Supplier)]
[Route("tenders/" + TendersController.ReferenceRoute)]
public sealed class TenderQuestionsController(ITenderCatalog catalog, PublicTenderPages pages) : Controller
{
    [HttpPost("follow")]
    public Task<IActionResult> Follow(string reference, [FromServices] FollowTenderHandler handler, CancellationToken cancellationToken) =>
        FollowAsync(reference, follow: true, handler, cancellationToken);

    [HttpPost("unfollow")]
    public Task<IActionResult> Unfollow(string reference, [FromServices] FollowTenderHandler handler, CancellationToken cancellationToken) =>
        FollowAsync(reference, follow: false, handler, cancellationToken);

    [HttpPost("questions")]
    public async Task<IActionResult> Ask(string reference, [Bind(Prefix = nameof(PublicTenderPage.Ask))] AskForm form, [FromServices] AskClarificationHandler handler, CancellationToken cancellationToken)
    {
        if (User.SupplierId() is not { } supplierId || await catalog.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new AskClarification(found.Tender.Id, supplierId, User.UserId(), form.Question), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{nameof(PublicTenderPage.Ask)}.{e.Field}" }));
            return View("Show", await pages.BuildAsync(reference, User, form, cancellationToken));
        }

        TempData["Message"] = "Your question was sent to the contracting authority. When it is answered, the answer is published on this page without your company's name, and you are told.";
        return Redirect($"/tenders/{reference}#questions");
    }

    private async Task<IActionResult> FollowAsync(string reference, bool follow, FollowTenderHandler handler, CancellationToken cancellationToken)
    {
        if (User.SupplierId() is not { } supplierId || await catalog.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new FollowTender(found.Tender.Id, supplierId, User.UserId(), follow), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Message"] = !result.Succeeded ? string.Join(" ", result.Errors.Select(e => e.Message))
            : follow ? "Your company follows this tender: its users are told about answers to questions, changes and cancellation."
            : "Your company no longer follows this tender.";
        return Redirect($"/tenders/{reference}#questions");
    }
}
