using Microsoft.EntityFrameworkCore;
using Procurement.Application.Bids;
using Procurement.Application.Opening;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Submits a demo story's bids through the bid use cases (drafted, sealed, receipted) a day before its deadline and
/// opens them just after it, each at that past time. The companies have no user accounts, so the platform acts for them.
/// </summary>
public sealed class DemoBidding(ProcurementDbContext db, SaveBidDraftHandler drafts, SubmitBidHandler submitter, OpenBidsHandler opener)
{
    public async Task SubmitAsync(Tender tender, IReadOnlyList<DemoBid> bids, CancellationToken cancellationToken)
    {
        for (var i = 0; i < bids.Count; i++)
        {
            var bid = bids[i];
            var supplierId = await db.Suppliers.Where(s => s.LegalName == bid.SupplierLegalName).Select(s => s.Id).SingleAsync(cancellationToken);
            var actor = new BidActor(supplierId, TenderEvent.Platform);
            var lots = bid.Prices.Select((price, lot) => new LotOffer(lot + 1, price, 120, null)).ToList();
            using (DemoTime.At(tender.SubmissionDeadline.AddDays(-2).AddHours(3 * i)))
            {
                Check(await drafts.HandleAsync(new SaveBidDraft(actor, tender.Id, lots), cancellationToken), tender, bid);
                Check(await submitter.HandleAsync(new SubmitBid(actor, tender.Id), cancellationToken), tender, bid);
            }
        }
    }

    public async Task OpenAsync(Tender tender, CancellationToken cancellationToken)
    {
        using (DemoTime.At(tender.SubmissionDeadline.AddMinutes(1)))
        {
            var result = await opener.HandleAsync(new OpenBids(tender.Id), cancellationToken);
            if (result.Outcome is not (OpeningOutcome.Opened or OpeningOutcome.AlreadyOpened))
            {
                throw new InvalidOperationException($"Demo tender “{tender.Title}” could not be opened: {result.Outcome}.");
            }
        }
    }

    private static void Check(BidOutcome outcome, Tender tender, DemoBid bid)
    {
        if (!outcome.Found || outcome.Errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo bid of {bid.SupplierLegalName} for “{tender.Title}” was refused: {string.Join(" ", outcome.Errors.Select(e => e.Message))}");
        }
    }
}

/// <summary>Runs the demo's past steps at their times: the platform clock is set back from the moment seeding started.</summary>
public sealed class DemoTime(DateTimeOffset start)
{
    public DateTimeOffset Start { get; } = start;

    /// <summary>Noon UTC, <paramref name="days"/> days before the start.</summary>
    public DateTimeOffset DaysAgo(int days) => new DateTimeOffset(Start.UtcDateTime.Date, TimeSpan.Zero).AddDays(-days).AddHours(12);

    /// <summary>Sets the clock of this flow to <paramref name="moment"/>, which must be before now.</summary>
    public static IDisposable At(DateTimeOffset moment) => PlatformClock.SetBack(TimeProvider.System.GetUtcNow() - moment);
}
