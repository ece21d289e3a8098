using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Procurement.Web.Features.Transparency;

/// <summary>The open data page: what can be downloaded, in which formats, and under which terms.</summary>
[AllowAnonymous]
public sealed class OpenDataController : Controller
{
    [HttpGet("/open-data")]
    public IActionResult Index() => View("OpenData");
}
