using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Procurement.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    // Public sections that later releases fill; each says plainly what it will hold.
    [HttpGet("/awards")]
    public IActionResult Awards() => ComingSoon("Award notices", "Who won each contract, for how much, and why: award notices published after the standstill period, with the opening record of every tender.");

    [HttpGet("/open-data")]
    public IActionResult OpenData() => ComingSoon("Open data", "All tenders, awards and contracts as Open Contracting Data Standard (OCDS 1.1) releases, CSV files and an Atom feed.");

    private ViewResult ComingSoon(string title, string description)
    {
        ViewData["Title"] = title;
        return View("ComingSoon", description);
    }
}
