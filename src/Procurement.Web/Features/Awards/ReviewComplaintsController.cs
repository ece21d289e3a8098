using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Awards.Ports;
using Procurement.Domain.Identity;

namespace Procurement.Web.Features.Awards;

/// <summary>
/// The review body's list under <c>/admin/complaints</c>: open complaints on every agency's tenders, oldest first.
/// An administrator decides each on the tender's complaints page, as the agency's officers can.
/// </summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/complaints")]
public sealed class ReviewComplaintsController(IAwardRepository awards) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Review", await awards.OpenComplaintsAsync(cancellationToken));
}
