using System.Globalization;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders.Ports;

namespace Procurement.Application.Suppliers;

/// <summary>E-mails every verified supplier following a CPV prefix of the amended tender: the new version, its summary and the link.</summary>
public sealed class TellSubscribersOfAmendment(ISupplierRegistry registry, IMailer mailer) : ITenderAmendmentSubscriber
{
    public async Task OnAmendedAsync(AmendedTender tender, CancellationToken cancellationToken)
    {
        foreach (var email in await registry.SubscriberEmailsAsync(tender.CpvCodes, cancellationToken))
        {
            await mailer.SendAsync(Notice(email, tender), cancellationToken);
        }
    }

    private static OutgoingMail Notice(string email, AmendedTender tender) => new(
        email,
        $"Tender amended: {tender.Reference} {tender.Title}",
        $"""
        {tender.Buyer} has amended a tender that matches the categories your company follows. It is now version {tender.Version}.

        {tender.Reference}: {tender.Title}
        What changed: {tender.ChangeSummary}
        {(tender.Material ? "This is a material amendment: if you have already bid, confirm or replace your bid before the deadline." : "This amendment corrects wording only; bids already made stand.")}
        Deadline for bids: {Utc(tender.SubmissionDeadline)}{(tender.DeadlineExtended ? $" (extended from {Utc(tender.PreviousSubmissionDeadline)})" : null)}

        Read the amended tender and every earlier version here: {tender.Link}

        You receive this because your company subscribed to these categories; change them under My company.
        """);

    private static string Utc(DateTimeOffset time) => time.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
