using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Notifications;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Notifications;

/// <summary>A signed-in user's in-app notifications, newest first, with marking read one by one or all at once.</summary>
[Authorize]
[Route("notifications")]
public sealed class NotificationsController(INotificationInbox inbox) : Controller
{
    public const int Shown = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        return View(new NotificationsPage(await inbox.LatestAsync(userId, Shown, cancellationToken), await inbox.UnreadCountAsync(userId, cancellationToken)));
    }

    [HttpPost("{notificationId:guid}/read")]
    public async Task<IActionResult> MarkRead(Guid notificationId, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkReadAsync(User.UserId(), notificationId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = "The notification is marked as read.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> MarkAllRead(CancellationToken cancellationToken)
    {
        var count = await inbox.MarkAllReadAsync(User.UserId(), cancellationToken);
        TempData["Message"] = count == 0 ? "There were no unread notifications." : $"{count} {(count == 1 ? "notification is" : "notifications are")} marked as read.";
        return RedirectToAction(nameof(Index));
    }
}

public sealed record NotificationsPage(IReadOnlyList<Notification> Notifications, int Unread);

/// <summary>The header's link to the notifications page, with the number of unread ones in its text.</summary>
public sealed class NotificationsLinkViewComponent(INotificationInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await inbox.UnreadCountAsync(UserClaimsPrincipal.UserId(), HttpContext.RequestAborted));
}
