using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application;
using Procurement.Application.Evaluation;
using Procurement.Application.Tenders;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Evaluation;

/// <summary>
/// A committee member's evaluations (<c>/evaluations</c>): the conflict-of-interest declaration first, and only after a
/// declaration of no conflict the opened bids, the member's scoring and, for the chair, qualification, consensus and
/// finalisation. Anyone not on the committee, and a member who has not declared or declared a conflict, gets no bid.
/// </summary>
[Authorize(Roles = Roles.Evaluator)]
[Route("evaluations")]
public sealed class EvaluationsController(EvaluationViews views) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var tenders = new List<Domain.Tenders.Tender>();
        foreach (var tenderId in await views.TendersOfMemberAsync(User.UserId(), cancellationToken))
        {
            if (await views.TenderAsync(tenderId, cancellationToken) is { } tender)
            {
                tenders.Add(tender);
            }
        }

        return View("Index", tenders);
    }

    [HttpGet("{tenderId:guid}")]
    public Task<IActionResult> Show(Guid tenderId, CancellationToken cancellationToken) => MemberPageAsync(tenderId, null, cancellationToken);

    [HttpPost("{tenderId:guid}/declaration")]
    public async Task<IActionResult> Declare(Guid tenderId, [Bind(Prefix = "Form")] DeclarationForm form, [FromServices] DeclareInterestsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new DeclareInterests(User.UserId(), tenderId, form.HasConflict, form.Statement), cancellationToken);
        if (!Succeeded(result))
        {
            return result.Found ? await MemberPageAsync(tenderId, form, cancellationToken) : NotFound();
        }

        TempData["Message"] = form.HasConflict == true
            ? "Your conflict of interest is recorded and you have left this committee. The officers have been told."
            : "Your declaration of no conflict is recorded. The opened bids are shown below.";
        return RedirectToAction(nameof(Show), new { tenderId });
    }

    [HttpGet("{tenderId:guid}/bids/{bidId:guid}/qualification")]
    public Task<IActionResult> Qualification(Guid tenderId, Guid bidId, CancellationToken cancellationToken) => QualificationPageAsync(tenderId, bidId, null, cancellationToken);

    [HttpPost("{tenderId:guid}/bids/{bidId:guid}/qualification")]
    public async Task<IActionResult> Qualify(Guid tenderId, Guid bidId, [Bind(Prefix = "Form")] QualificationForm form, [FromServices] RecordQualificationHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new RecordQualification(User.UserId(), tenderId, bidId, form.Passes, form.Reason), cancellationToken);
        if (!Succeeded(result))
        {
            return result.Found ? await QualificationPageAsync(tenderId, bidId, form, cancellationToken) : NotFound();
        }

        TempData["Message"] = "The qualification decision is recorded.";
        return RedirectToAction(nameof(Show), new { tenderId });
    }

    [HttpGet("{tenderId:guid}/bids/{bidId:guid}/lots/{lot:int}/scores")]
    public Task<IActionResult> Scores(Guid tenderId, Guid bidId, int lot, CancellationToken cancellationToken) => ScoresPageAsync(tenderId, bidId, lot, false, null, cancellationToken);

    [HttpPost("{tenderId:guid}/bids/{bidId:guid}/lots/{lot:int}/scores")]
    public async Task<IActionResult> Score(Guid tenderId, Guid bidId, int lot, [Bind(Prefix = "Form")] ScoresForm form, [FromServices] SubmitScoresHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new SubmitScores(User.UserId(), tenderId, bidId, lot, Entries(form)), cancellationToken);
        if (!Succeeded(result))
        {
            return result.Found ? await ScoresPageAsync(tenderId, bidId, lot, false, form, cancellationToken) : NotFound();
        }

        TempData["Message"] = "Your scores are saved. You can revise them until the evaluation is finalised.";
        return RedirectToAction(nameof(Show), new { tenderId });
    }

    [HttpGet("{tenderId:guid}/bids/{bidId:guid}/lots/{lot:int}/consensus")]
    public Task<IActionResult> Consensus(Guid tenderId, Guid bidId, int lot, CancellationToken cancellationToken) => ScoresPageAsync(tenderId, bidId, lot, true, null, cancellationToken);

    [HttpPost("{tenderId:guid}/bids/{bidId:guid}/lots/{lot:int}/consensus")]
    public async Task<IActionResult> Agree(Guid tenderId, Guid bidId, int lot, [Bind(Prefix = "Form")] ScoresForm form, [FromServices] SetConsensusHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new SetConsensus(User.UserId(), tenderId, bidId, lot, Entries(form)), cancellationToken);
        if (!Succeeded(result))
        {
            return result.Found ? await ScoresPageAsync(tenderId, bidId, lot, true, form, cancellationToken) : NotFound();
        }

        TempData["Message"] = "The consensus scores are saved.";
        return RedirectToAction(nameof(Show), new { tenderId });
    }

    [HttpPost("{tenderId:guid}/finalise")]
    public async Task<IActionResult> Finalise(Guid tenderId, [FromServices] FinaliseEvaluationHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new FinaliseEvaluation(User.UserId(), tenderId), cancellationToken);
        if (!Succeeded(result))
        {
            return result.Found ? await MemberPageAsync(tenderId, null, cancellationToken) : NotFound();
        }

        TempData["Message"] = "The evaluation is finalised. The agency's officers have been told that the ranking is ready.";
        return RedirectToAction(nameof(Show), new { tenderId });
    }

    private static List<ScoreEntry> Entries(ScoresForm form) => [.. (form.Scores ?? []).Select(s => new ScoreEntry(s.Criterion ?? string.Empty, s.Score, s.Justification))];

    private bool Succeeded(TenderChange result)
    {
        if (result.Succeeded)
        {
            return true;
        }

        ModelState.Clear();
        ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"Form.{e.Field}" }));
        return false;
    }

    private async Task<IActionResult> MemberPageAsync(Guid tenderId, DeclarationForm? form, CancellationToken cancellationToken)
    {
        if (await views.LoadAsync(tenderId, cancellationToken) is not { Evaluation: { } evaluation } view || evaluation.MemberOf(User.UserId()) is not { } member)
        {
            return NotFound();
        }

        return View("Member", new MemberPage(view, member, form ?? new DeclarationForm()));
    }

    private async Task<IActionResult> QualificationPageAsync(Guid tenderId, Guid bidId, QualificationForm? form, CancellationToken cancellationToken)
    {
        if (await views.LoadAsync(tenderId, cancellationToken) is not { Evaluation: { } evaluation } view
            || evaluation.Chair?.UserId != User.UserId() || !evaluation.MaySeeBids(User.UserId())
            || view.Opening.Bids.SingleOrDefault(b => b.BidId == bidId) is not { } bid)
        {
            return NotFound();
        }

        var recorded = evaluation.QualificationOf(bidId);
        return View("Qualification", new QualificationPage(view, bid, form ?? new QualificationForm { Passes = recorded?.Passed, Reason = recorded?.Reason }));
    }

    private async Task<IActionResult> ScoresPageAsync(Guid tenderId, Guid bidId, int lot, bool consensus, ScoresForm? form, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        if (await views.LoadAsync(tenderId, cancellationToken) is not { Evaluation: { } evaluation } view
            || !evaluation.MaySeeBids(userId) || (consensus && evaluation.Chair?.UserId != userId)
            || view.Opening.Bids.SingleOrDefault(b => b.BidId == bidId) is not { } bid
            || bid.Lots.SingleOrDefault(o => o.LotNumber == lot) is not { } offer)
        {
            return NotFound();
        }

        form ??= new ScoresForm
        {
            Scores = [.. view.ScoredCriteria.Select(c =>
            {
                if (consensus)
                {
                    var agreed = evaluation.ConsensusOf(bidId, lot, c.Name);
                    return new ScoreInput { Criterion = c.Name, Score = agreed?.Score ?? evaluation.AverageScore(bidId, lot, c.Name), Justification = agreed?.Justification };
                }

                var own = evaluation.Scores.SingleOrDefault(s => s.MemberUserId == userId && s.BidId == bidId && s.LotNumber == lot && s.Criterion == c.Name);
                return new ScoreInput { Criterion = c.Name, Score = own?.Score, Justification = own?.Justification };
            })],
        };
        return View("Scores", new ScoresPage(view, bid, offer, consensus, form));
    }
}
