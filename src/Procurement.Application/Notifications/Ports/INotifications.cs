namespace Procurement.Application.Notifications.Ports;

/// <summary>
/// Tells people about something that happened: an in-app notification for each user and an e-mail to each user's
/// confirmed address. Everything is staged in the caller's unit of work (the request's database context) and written
/// by the caller's next save, in the same transaction as the change it reports: a change that rolls back tells no
/// one, and a committed change always has its notices. E-mail then leaves through the mail outbox, with retries.
/// </summary>
public interface INotifications
{
    /// <summary>Stages <paramref name="notice"/> for each of <paramref name="userIds"/> (duplicates and unknown ids are ignored).</summary>
    Task NotifyAsync(IReadOnlyCollection<Guid> userIds, Notice notice, CancellationToken cancellationToken);

    /// <summary>Stages an e-mail alone (no in-app notification), e.g. to an address that has no user yet.</summary>
    void Mail(OutgoingMail mail);

    /// <summary>
    /// Queues an e-mail alone and saves it at once, for senders with no change of their own to save (account
    /// e-mails). Do not call it in the middle of a unit of work: it saves everything staged so far.
    /// </summary>
    Task MailNowAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>What a notification says.</summary>
/// <param name="Title">One line: the in-app heading and the e-mail subject.</param>
/// <param name="Text">Plain text: the in-app text and the e-mail body.</param>
/// <param name="Link">Where to read more (an absolute link for e-mail; the in-app list links to its path).</param>
public sealed record Notice(string Title, string Text, Uri? Link = null)
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 8_000;
}
