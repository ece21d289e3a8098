using System.Globalization;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders.Ports;

namespace Procurement.Application.Suppliers;

/// <summary>
/// E-mails every verified supplier that subscribed to a CPV prefix one of the published tender's codes starts with:
/// the alerts are queued in the mail outbox in one save, and sent from there with retries.
/// </summary>
public sealed class AlertSubscribedSuppliers(ISupplierRegistry registry, INotifications notifications) : ITenderPublicationSubscriber
{
    public async Task OnPublishedAsync(PublishedTender tender, CancellationToken cancellationToken)
    {
        foreach (var email in await registry.SubscriberEmailsAsync(tender.CpvCodes, cancellationToken))
        {
            notifications.Mail(Alert(email, tender));
        }

        await registry.SaveAsync(cancellationToken);
    }

    private static OutgoingMail Alert(string email, PublishedTender tender) => new(
        email,
        $"New tender in your categories: {tender.Title}",
        $"""
        {tender.Buyer} has published a tender that matches the categories your company follows.

        {tender.Reference}: {tender.Title}
        Categories: {string.Join(", ", tender.CpvCodes)}
        Deadline for bids: {tender.SubmissionDeadline.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)}

        Read it and ask questions here: {tender.Link}

        You receive this because your company subscribed to these categories; change them under My company.
        """);
}
