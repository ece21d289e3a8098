using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Notifications;

namespace Procurement.Web.Features.Notifications;

/// <summary>Lets an administrator see the mail waiting to be sent, the mail given up after too many failures, and retry it.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/mail")]
public sealed class MailOutboxController(MailOutboxHealth outbox) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Mail", await outbox.ReadAsync(cancellationToken));

    [HttpPost("retry-dead")]
    public async Task<IActionResult> RetryDead(CancellationToken cancellationToken)
    {
        var revived = await outbox.RetryDeadAsync(cancellationToken);
        TempData["Message"] = revived == 0 ? "There was no failed mail to retry." : $"{revived} failed {(revived == 1 ? "mail is" : "mails are")} queued again.";
        return RedirectToAction(nameof(Index));
    }
}
