using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Shared;

[AllowAnonymous]
[AllowDuringTwoFactorEnrolment]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int?}")]
    public IActionResult Index(int? statusCode)
    {
        Response.StatusCode = statusCode ?? StatusCodes.Status500InternalServerError;
        return View("Error", statusCode);
    }
}
