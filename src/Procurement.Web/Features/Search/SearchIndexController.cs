using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Search;

namespace Procurement.Web.Features.Search;

/// <summary>
/// Lets an administrator rebuild the supplier search index from the database and watch it progress, and see and
/// retry the outbox entries the index worker gave up on.
/// </summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/search-index")]
public sealed class SearchIndexController(SupplierIndexRebuildJob job, SearchOutboxHealth outbox) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new SearchIndexPage(job.Progress, await outbox.ReadAsync(cancellationToken)));

    [HttpPost("rebuild")]
    public IActionResult Rebuild()
    {
        TempData["Message"] = job.Start() ? "The rebuild has started." : "A rebuild is already running.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("retry-dead")]
    public async Task<IActionResult> RetryDead(CancellationToken cancellationToken)
    {
        var revived = await outbox.RetryDeadAsync(cancellationToken);
        TempData["Message"] = revived == 0
            ? "There were no failed changes to retry."
            : $"{revived} failed supplier {(revived == 1 ? "change is" : "changes are")} queued again.";
        return RedirectToAction(nameof(Index));
    }
}

public sealed record SearchIndexPage(RebuildProgress Rebuild, SearchOutboxState Outbox);
