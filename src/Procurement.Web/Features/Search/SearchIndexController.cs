using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Search;

namespace Procurement.Web.Features.Search;

/// <summary>Lets an administrator rebuild the supplier search index from the database and watch it progress.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/search-index")]
public sealed class SearchIndexController(SupplierIndexRebuildJob job) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(job.Progress);

    [HttpPost("rebuild")]
    public IActionResult Rebuild()
    {
        TempData["Message"] = job.Start() ? "The rebuild has started." : "A rebuild is already running.";
        return RedirectToAction(nameof(Index));
    }
}
