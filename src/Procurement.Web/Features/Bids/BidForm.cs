using System.ComponentModel.DataAnnotations;
using Procurement.Application.Bids;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;

namespace Procurement.Web.Features.Bids;

/// <summary>The bid form: one row per lot; a lot left without a price is not bid for.</summary>
public sealed class BidForm
{
    public List<LotOfferInput> Lots { get; set; } = [];

    /// <summary><c>save</c> keeps the draft; <c>submit</c> also seals and submits it.</summary>
    public string? Action { get; set; }

    public IFormFile? Attachment { get; set; }

    public static BidForm For(Tender tender, BidDraftView? draft) => new()
    {
        Lots =
        [
            .. tender.Lots.OrderBy(lot => lot.Number).Select(lot => draft?.Lots.FirstOrDefault(o => o.LotNumber == lot.Number) is { } offer
                ? new LotOfferInput { LotNumber = lot.Number, Price = offer.Price, ValidityDays = offer.ValidityDays, Notes = offer.Notes }
                : new LotOfferInput { LotNumber = lot.Number }),
        ],
    };

    /// <summary>One row per lot of the tender, in order, with what was posted for it: rows for lots it does not have are dropped.</summary>
    public BidForm AlignedTo(Tender tender) => new()
    {
        Action = Action,
        Attachment = Attachment,
        Lots =
        [
            .. tender.Lots.OrderBy(lot => lot.Number).Select(lot => Lots.FirstOrDefault(row => row.LotNumber == lot.Number) ?? new LotOfferInput { LotNumber = lot.Number }),
        ],
    };

    public IReadOnlyList<LotOffer> ToOffers() =>
        [.. Lots.Select(lot => new LotOffer(lot.LotNumber, lot.Price, lot.ValidityDays, string.IsNullOrWhiteSpace(lot.Notes) ? null : lot.Notes.Trim()))];
}

public sealed class LotOfferInput
{
    public int LotNumber { get; set; }

    [Display(Name = "Price, without tax")]
    public decimal? Price { get; set; }

    [Display(Name = "Offer valid for (days)")]
    public int? ValidityDays { get; set; }

    [Display(Name = "Notes for the buyer")]
    public string? Notes { get; set; }
}

/// <param name="Bid">The supplier's bid and receipts; null when it never submitted one.</param>
/// <param name="MayBid">Whether the company is verified and not suspended.</param>
public sealed record BidPage(PublicTender Public, BidForm Form, BidDraftView? Draft, SupplierBid? Bid, bool MayBid, DateTimeOffset Now)
{
    /// <summary>When the tender was last materially amended: a bid submitted before should be confirmed or replaced.</summary>
    public DateTimeOffset? LastMaterialAmendmentAt => Tender.LastMaterialAmendmentAt;

    public Tender Tender => Public.Tender;

    /// <summary>
    /// The form's rows, for the view: fields bound to <c>Lots[i]</c> are named as the controller binds them and as the
    /// rule violations name them (<c>Lots[0].Price</c>), like the form's other fields (<c>Action</c>, <c>Attachment</c>).
    /// </summary>
    public List<LotOfferInput> Lots => Form.Lots;

    public bool IsOpen => Tender.IsOpenForBids(Now);

    public Lot LotOf(LotOfferInput input) => Tender.Lots.Single(lot => lot.Number == input.LotNumber);
}
