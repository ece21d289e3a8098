using Procurement.Application.Bids.Ports;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders.Ports;

namespace Procurement.Application.Opening;

/// <summary>Tells every bidder that the bids were opened, with the link to the opening record.</summary>
public sealed class NotifyBiddersOfOpening(IBidCatalog bids, ITenderRepository tenders, ISupplierRegistry suppliers, IMailer mailer, ITenderLinks links) : IOpeningSubscriber
{
    public async Task OnOpenedAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        var record = await bids.OpeningRecordAsync(tenderId, cancellationToken);
        var tender = await tenders.FindAsync(tenderId, cancellationToken);
        if (record is null || tender?.Reference is null)
        {
            return;
        }

        var link = new Uri(links.PublicPage(tender.Reference), $"{tender.Reference}/opening");
        foreach (var bid in record.Bids)
        {
            foreach (var email in await suppliers.ContactEmailsAsync(bid.SupplierId, cancellationToken))
            {
                await mailer.SendAsync(
                    new OutgoingMail(
                        email,
                        $"Bids opened: {tender.Reference} {tender.Title}",
                        $"""
                        The bids for {tender.Reference}, {tender.Title}, were opened at {record.OpenedAt:d MMMM yyyy HH:mm:ss} UTC.

                        {record.Bids.Count} bids were opened. Check that the SHA-256 shown next to your bid is the one on your receipt ({bid.CiphertextSha256}):
                        {link}

                        The buyer now evaluates the bids; you will be told the result.
                        """),
                    cancellationToken);
            }
        }
    }
}
