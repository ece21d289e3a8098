namespace Procurement.Domain.Notifications;

/// <summary>An in-app notification to one user: read on the notifications page, counted in the header until read.</summary>
public sealed class Notification
{
    private Notification()
    {
        Title = Text = string.Empty;
    }

    public Notification(Guid userId, string title, string text, string? link, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Title = title;
        Text = text;
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Title { get; private set; }
    public string Text { get; private set; }

    /// <summary>A path within the platform, such as <c>/tenders/PRC-2026-000123</c>; null when there is nothing to open.</summary>
    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
