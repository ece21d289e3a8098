using Microsoft.EntityFrameworkCore;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Tenders;

internal sealed class TenderCatalog(ProcurementDbContext db) : ITenderCatalog
{
    public async Task<IReadOnlyList<ManagedTender>> ManagedAsync(Guid? agencyId, CancellationToken cancellationToken) =>
        await (
                from tender in db.Tenders.AsNoTracking()
                join agency in db.Agencies on tender.AgencyId equals agency.Id
                where agencyId == null || tender.AgencyId == agencyId
                orderby tender.CreatedAt descending
                select new ManagedTender(tender.Id, tender.Title, tender.Reference, tender.Status, tender.SubmissionDeadline, tender.ScheduledPublicationAt, tender.PublishedAt, agency.Name))
            .ToListAsync(cancellationToken);

    public async Task<TenderSearchResult> SearchAsync(TenderSearch search, CancellationToken cancellationToken)
    {
        var now = search.Now;
        var tenders = db.Tenders.AsNoTracking().Where(tender => tender.Reference != null);
        tenders = search.Status switch
        {
            PublicTenderStatus.Open => tenders.Where(t => t.Status == TenderStatus.Published && t.SubmissionDeadline > now),
            PublicTenderStatus.Closed => tenders.Where(t => (t.Status == TenderStatus.Published && t.SubmissionDeadline <= now) || Tender.OpenedStatuses.Contains(t.Status)),
            PublicTenderStatus.Cancelled => tenders.Where(t => t.Status == TenderStatus.Cancelled),
            _ => tenders.Where(t => t.Status == TenderStatus.Published || t.Status == TenderStatus.Cancelled || Tender.OpenedStatuses.Contains(t.Status)),
        };
        if (search.AgencyId is { } agencyId)
        {
            tenders = tenders.Where(t => t.AgencyId == agencyId);
        }

        if (search.CpvDivision is { Length: 2 } division && division.All(char.IsAsciiDigit))
        {
            tenders = tenders.Where(t => t.Lots.Any(lot => EF.Functions.Like(lot.CpvCode, division + "%")));
        }

        if (search.DeadlineBefore is { } before)
        {
            var end = new DateTimeOffset(before.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            tenders = tenders.Where(t => t.SubmissionDeadline < end);
        }

        var total = await tenders.CountAsync(cancellationToken);
        var page = await (
                from tender in tenders
                join agency in db.Agencies on tender.AgencyId equals agency.Id
                orderby tender.SubmissionDeadline, tender.Reference
                select new { tender, Agency = agency.Name })
            .Skip((search.Page - 1) * search.PageSize)
            .Take(search.PageSize)
            .ToListAsync(cancellationToken);
        var items = page.Select(row => new TenderListItem(
                row.tender.Reference!, row.tender.Title, row.Agency, row.tender.Status, row.tender.Procedure, row.tender.PublishedAt ?? row.tender.CreatedAt,
                row.tender.SubmissionDeadline, row.tender.CpvCodes, Totals(row.tender.Lots)))
            .ToList();
        return new TenderSearchResult(items, total, search.Page, search.PageSize);
    }

    public async Task<PublicTender?> PublishedAsync(string reference, CancellationToken cancellationToken)
    {
        var tender = await db.Tenders.AsNoTracking().Include(t => t.Documents)
            .SingleOrDefaultAsync(t => t.Reference == reference && (t.Status == TenderStatus.Published || t.Status == TenderStatus.Cancelled || Tender.OpenedStatuses.Contains(t.Status)), cancellationToken);
        if (tender is null)
        {
            return null;
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == tender.AgencyId, cancellationToken);
        var units = tender.Lots.Select(lot => lot.UnitCode).Distinct().ToList();
        var unitNames = await db.UnitsOfMeasure.AsNoTracking().Where(u => units.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        return new PublicTender(tender, agency.Name, agency.Identifier, await CpvLabelsAsync(tender.CpvCodes, cancellationToken), unitNames);
    }

    public async Task<IReadOnlyList<TenderVersionSummary>> VersionsAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.TenderVersions.AsNoTracking()
            .Where(v => v.TenderId == tenderId)
            .OrderBy(v => v.Number)
            .Select(v => new TenderVersionSummary(v.Number, v.At, v.ChangeSummary, v.Material))
            .ToListAsync(cancellationToken);

    public async Task<PublicTenderVersion?> PublishedVersionAsync(string reference, int number, CancellationToken cancellationToken)
    {
        var found = await (
                from tender in db.Tenders.AsNoTracking()
                join agency in db.Agencies on tender.AgencyId equals agency.Id
                where tender.Reference == reference && (tender.Status == TenderStatus.Published || tender.Status == TenderStatus.Cancelled)
                select new { tender.Id, tender.Version, Agency = agency.Name })
            .SingleOrDefaultAsync(cancellationToken);
        var version = found is null ? null : await db.TenderVersions.AsNoTracking().SingleOrDefaultAsync(v => v.TenderId == found.Id && v.Number == number, cancellationToken);
        if (found is null || version is null)
        {
            return null;
        }

        var lots = version.Snapshot.Details.Lots;
        var units = lots.Select(lot => lot.UnitCode ?? string.Empty).Distinct().ToList();
        var unitNames = await db.UnitsOfMeasure.AsNoTracking().Where(u => units.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        var cpvLabels = await CpvLabelsAsync(lots.Select(lot => lot.CpvCode ?? string.Empty).Distinct().ToList(), cancellationToken);
        return new PublicTenderVersion(reference, found.Agency, found.Version, version, await VersionsAsync(found.Id, cancellationToken), cpvLabels, unitNames);
    }

    public async Task<TenderFile?> PublicDocumentAsync(string reference, Guid documentId, CancellationToken cancellationToken)
    {
        var tenderId = await db.Tenders.AsNoTracking()
            .Where(t => t.Reference == reference && (t.Status == TenderStatus.Published || t.Status == TenderStatus.Cancelled || Tender.OpenedStatuses.Contains(t.Status)))
            .Select(t => (Guid?)t.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return tenderId is { } id ? await DocumentAsync(id, documentId, cancellationToken) : null;
    }

    public async Task<TenderFile?> DocumentAsync(Guid tenderId, Guid documentId, CancellationToken cancellationToken)
    {
        var found = await (
                from document in db.Set<TenderDocument>()
                join file in db.Set<TenderDocumentFile>() on document.Id equals file.DocumentId
                where document.Id == documentId && EF.Property<Guid>(document, "tender_id") == tenderId
                select new { document.FileName, document.ContentType, file.Content })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new TenderFile(found.FileName, found.ContentType, found.Content);
    }

    public async Task<IReadOnlyList<NamedCode>> UnitsAsync(CancellationToken cancellationToken) =>
        await db.UnitsOfMeasure.AsNoTracking().OrderBy(u => u.Name).Select(u => new NamedCode(u.Code, u.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AgencyOption>> AgenciesAsync(CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new AgencyOption(a.Id, a.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> CpvLabelsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await db.CpvCodes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Label, cancellationToken);

    /// <summary>The estimated total per currency (a tender's lots may be in different currencies).</summary>
    private static List<Money> Totals(IEnumerable<Lot> lots) =>
        lots.GroupBy(lot => lot.EstimatedValue.Currency).Select(group => new Money(group.Sum(lot => lot.EstimatedValue.Amount), group.Key)).ToList();
}
