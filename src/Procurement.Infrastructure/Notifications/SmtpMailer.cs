using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Procurement.Application.Notifications.Ports;

namespace Procurement.Infrastructure.Notifications;

/// <summary>Sends through an SMTP relay, or drops .eml files into a pickup directory when no relay is configured.</summary>
public sealed class SmtpMailer(IOptions<MailOptions> options) : IMailer
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, mail.To, mail.Subject, mail.TextBody);
        using var client = CreateClient(settings);
        await client.SendMailAsync(message, cancellationToken);
    }

    private static SmtpClient CreateClient(MailOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var directory = settings.PickupDirectory
                ?? throw new InvalidOperationException("Set Mail:SmtpHost to send e-mail, or Mail:PickupDirectory to write it to files.");
            Directory.CreateDirectory(directory);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = directory };
        }

        var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpUseTls };
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }

        return client;
    }
}
