namespace Procurement.Application.Notifications.Ports;

/// <summary>Sends e-mail. In development the messages land as .eml files under <c>.data/mail/</c>.</summary>
public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

public sealed record OutgoingMail(string To, string Subject, string TextBody);
