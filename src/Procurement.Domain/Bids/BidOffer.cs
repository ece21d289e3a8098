using System.Globalization;
using Procurement.Domain.Tenders;

namespace Procurement.Domain.Bids;

/// <summary>What a supplier offers for one lot; a lot left without a price is not bid for.</summary>
public sealed record LotOffer(int LotNumber, decimal? Price, int? ValidityDays, string? Notes);

/// <summary>An attachment as listed inside the sealed bid: its name and type stay sealed with the content.</summary>
/// <param name="Sha256">SHA-256 of the file's content, lower-case hex, checked when the attachment is opened.</param>
public sealed record AttachmentEntry(int Number, string FileName, string ContentType, long Size, string Sha256);

/// <summary>
/// The content of one bid version as the supplier gave it: what is sealed, and what the opening reads back. Prices
/// are in each lot's currency.
/// </summary>
public sealed record BidContent(IReadOnlyList<LotOffer> Lots, IReadOnlyList<AttachmentEntry> Attachments)
{
    /// <summary>The lots that carry a price: those bid for.</summary>
    public IReadOnlyList<LotOffer> OfferedLots => Lots.Where(lot => lot.Price is not null).ToList();

    /// <summary>What stops this content being submitted for <paramref name="tender"/>, by form field; empty when it can be.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems(Tender tender)
    {
        var problems = new List<(string, string)>();
        for (var index = 0; index < Lots.Count; index++)
        {
            var offer = Lots[index];
            var prefix = $"Lots[{index}].";
            var lot = tender.Lots.SingleOrDefault(l => l.Number == offer.LotNumber);
            if (lot is null)
            {
                problems.Add((prefix + nameof(LotOffer.Price), $"The tender has no lot {offer.LotNumber}."));
                continue;
            }

            if (offer.Price is null)
            {
                if (offer.ValidityDays is not null || !string.IsNullOrWhiteSpace(offer.Notes))
                {
                    problems.Add((prefix + nameof(LotOffer.Price), $"Enter your price for lot {lot.Number}, or clear its validity and notes if you are not bidding for it."));
                }

                continue;
            }

            if (offer.Price <= 0 || !Money.IsAmount(offer.Price.Value))
            {
                problems.Add((prefix + nameof(LotOffer.Price), string.Create(CultureInfo.InvariantCulture,
                    $"Enter the price for lot {lot.Number} in {lot.EstimatedValue.Currency}, more than 0 with at most two decimals, for example 12500.00.")));
            }

            if (offer.ValidityDays is not (>= 1 and <= BidRules.MaxValidityDays))
            {
                problems.Add((prefix + nameof(LotOffer.ValidityDays), $"Enter for how many days your offer for lot {lot.Number} stays valid, from 1 to {BidRules.MaxValidityDays}."));
            }

            if (offer.Notes?.Length > BidRules.MaxNotesLength)
            {
                problems.Add((prefix + nameof(LotOffer.Notes), $"The notes for lot {lot.Number} must be at most {BidRules.MaxNotesLength:N0} characters."));
            }
        }

        if (problems.Count == 0 && OfferedLots.Count == 0)
        {
            problems.Add(("Lots[0].Price", "Enter a price for at least one lot."));
        }

        if (Attachments.Count > BidRules.MaxAttachments)
        {
            problems.Add(("Attachment", $"A bid can have at most {BidRules.MaxAttachments} attachments."));
        }

        return problems;
    }

    /// <summary>The offers for the lots bid for, with each lot's currency, for the opening record.</summary>
    public IReadOnlyList<(int LotNumber, Money Price)> Prices(Tender tender) =>
    [
        .. from offer in OfferedLots
           join lot in tender.Lots on offer.LotNumber equals lot.Number
           select (offer.LotNumber, new Money(offer.Price!.Value, lot.EstimatedValue.Currency)),
    ];
}
