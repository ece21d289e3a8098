using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Procurement.Application.OpenData;
using Procurement.Application.OpenData.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.OpenData;

/// <summary>
/// The tender stages from the tender events (publication, amendment, cancellation, opening) of published tenders. A page
/// reads its events first, then only the tenders, versions and opening records those events belong to.
/// </summary>
internal sealed partial class OcdsReleaseSource(ProcurementDbContext db) : IOcdsReleaseSource
{
    private static readonly TenderEventKind[] _stageKinds = [TenderEventKind.Published, TenderEventKind.Amended, TenderEventKind.Cancelled, TenderEventKind.BidsOpened];

    public async Task<Guid?> TenderIdAsync(string ocid, CancellationToken cancellationToken) =>
        await db.Tenders.AsNoTracking()
            .Where(t => t.Ocid == ocid && t.Reference != null && t.PublishedAt != null)
            .Select(t => (Guid?)t.Id)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<OcdsStage>> TenderStagesAsync(OcdsStageWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var events = await Events(window).OrderBy(e => e.At).ThenBy(e => e.Id).Take(window.Limit ?? int.MaxValue).ToListAsync(cancellationToken);
        if (window.Limit is { } limit && events.Count >= limit)
        {
            // Every event of the last date, so that the caller can cut the page at a (date, release id) boundary.
            var last = events[^1].At;
            var taken = events.Where(e => e.At == last).Select(e => e.Id).ToList();
            events.AddRange(await Events(window).Where(e => e.At == last && !taken.Contains(e.Id)).ToListAsync(cancellationToken));
        }

        if (events.Count == 0)
        {
            return [];
        }

        var tenderIds = events.Select(e => e.TenderId).Distinct().ToList();
        var tenders = await db.Tenders.AsNoTracking().Include(t => t.Documents).Where(t => tenderIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var agencyIds = tenders.Values.Select(t => t.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new OcdsBuyer(a.Name, a.Identifier, a.Region), cancellationToken);
        var amendedIds = events.Where(e => e.Kind == TenderEventKind.Amended || (e.Kind == TenderEventKind.Published && tenders[e.TenderId].Version > 1))
            .Select(e => e.TenderId).Distinct().ToList();
        var versions = amendedIds.Count == 0
            ? []
            : await db.TenderVersions.AsNoTracking().Where(v => amendedIds.Contains(v.TenderId)).ToListAsync(cancellationToken);
        var openedIds = events.Where(e => e.Kind == TenderEventKind.BidsOpened).Select(e => e.TenderId).Distinct().ToList();
        var openings = openedIds.Count == 0
            ? []
            : await db.OpeningRecords.AsNoTracking().Include(r => r.Bids).Where(r => openedIds.Contains(r.TenderId)).ToDictionaryAsync(r => r.TenderId, cancellationToken);
        var supplierIds = openings.Values.SelectMany(r => r.Bids).Select(b => b.SupplierId).Distinct().ToList();
        var suppliers = supplierIds.Count == 0
            ? []
            : await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id))
                .Select(s => new { s.Id, s.RegistrationNumber, s.Country, s.Size })
                .ToDictionaryAsync(s => s.Id, cancellationToken);

        var stages = new List<OcdsStage>();
        foreach (var e in events.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            var tender = tenders[e.TenderId];
            var process = new OcdsProcess(tender.Id, tender.Ocid!, tender.Reference!, agencies[tender.AgencyId]);
            var publishedAt = tender.PublishedAt!.Value;
            switch (e.Kind)
            {
                case TenderEventKind.Published:
                    var first = versions.FirstOrDefault(v => v.TenderId == tender.Id && v.Number == 1);
                    stages.Add(new OcdsTenderPublished(process, e.At, first is null ? OcdsTenderState.From(tender) : OcdsTenderState.From(first.Snapshot, publishedAt)));
                    break;
                case TenderEventKind.Amended:
                    var version = versions.FirstOrDefault(v => v.TenderId == tender.Id && v.At == e.At)
                        ?? versions.FirstOrDefault(v => v.TenderId == tender.Id && v.Number == VersionOf(e.Detail));
                    if (version is not null)
                    {
                        stages.Add(new OcdsTenderAmended(
                            process, e.At, OcdsTenderState.From(version.Snapshot, publishedAt), version.Number, version.Number - 1, version.ChangeSummary ?? string.Empty, version.Material));
                    }

                    break;
                case TenderEventKind.Cancelled:
                    stages.Add(new OcdsTenderCancelled(process, e.At, OcdsTenderState.From(tender), tender.CancellationReason ?? e.Detail ?? string.Empty));
                    break;
                default:
                    if (openings.TryGetValue(tender.Id, out var opening))
                    {
                        stages.Add(Opened(process, e.At, tender, opening, id => suppliers.TryGetValue(id, out var s) ? (s.RegistrationNumber, s.Country, s.Size) : null));
                    }

                    break;
            }
        }

        return stages;
    }

    private static OcdsBidsOpened Opened(
        OcdsProcess process, DateTimeOffset at, Tender tender, OpeningRecord opening, Func<Guid, (string? Number, string Country, SupplierSize Size)?> supplier)
    {
        var bidders = opening.Bids.Select(bid =>
        {
            var found = supplier(bid.SupplierId);
            return new OcdsSupplier(
                bid.SupplierId, bid.SupplierName, found?.Number, string.IsNullOrEmpty(found?.Country) ? null : found.Value.Country, found is { Size: not SupplierSize.Large });
        }).ToList();
        var perLot = tender.Lots.ToDictionary(lot => lot.Number, lot => opening.Bids.Count(bid => bid.Lots.Any(offer => offer.LotNumber == lot.Number)));
        return new OcdsBidsOpened(process, at, OcdsTenderState.From(tender), bidders, perLot);
    }

    private IQueryable<TenderEvent> Events(OcdsStageWindow window)
    {
        var events =
            from e in db.TenderEvents.AsNoTracking()
            join t in db.Tenders on e.TenderId equals t.Id
            where _stageKinds.Contains(e.Kind) && t.Reference != null && t.PublishedAt != null && e.At >= t.PublishedAt
            select e;
        if (window.TenderId is { } tenderId)
        {
            events = events.Where(e => e.TenderId == tenderId);
        }

        if (window.From is { } from)
        {
            events = events.Where(e => e.At >= from);
        }

        if (window.Until is { } until)
        {
            events = events.Where(e => e.At < until);
        }

        return events;
    }

    private static int VersionOf(string? detail) =>
        detail is not null && VersionDetail().Match(detail) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^Version (\d+),")]
    private static partial Regex VersionDetail();
}
