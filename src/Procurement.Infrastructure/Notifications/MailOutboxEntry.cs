using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Notifications;

/// <summary>
/// An e-mail waiting to be sent. Written in the same transaction as the change it reports, so a committed change
/// always has its mail; deleted by <see cref="MailOutboxDrainer"/> once the mail server took it.
/// </summary>
public sealed class MailOutboxEntry : OutboxDelivery
{
    public const int MaxAddressLength = 320;
    public const int MaxSubjectLength = 500;

    private MailOutboxEntry()
    {
        ToAddress = Subject = TextBody = string.Empty;
    }

    public MailOutboxEntry(string toAddress, string subject, string textBody, DateTimeOffset enqueuedAt)
    {
        ToAddress = toAddress;
        Subject = subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject;
        TextBody = textBody;
        EnqueuedAt = enqueuedAt;
    }

    public long Id { get; private set; }
    public string ToAddress { get; private set; }
    public string Subject { get; private set; }
    public string TextBody { get; private set; }
    public DateTimeOffset EnqueuedAt { get; private set; }
}
