using Microsoft.EntityFrameworkCore;
using Procurement.Application.Awards.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Awards;

/// <summary>
/// <see cref="IAwardCatalog"/> on the award tables: one query for a page of notices and one for its count, and a
/// handful for one notice; only final decisions (status <c>Final</c>) are ever read.
/// </summary>
internal sealed class AwardCatalog(ProcurementDbContext db) : IAwardCatalog
{
    private const int MaxPageSize = 100;

    public async Task<AwardNoticeList> ListNoticesAsync(AwardNoticeFilter filter, CancellationToken cancellationToken)
    {
        var query = Notices(filter);
        var (page, size) = Paging(filter.Page, filter.PageSize);
        var total = await query.CountAsync(cancellationToken);
        var notices = await query
            .OrderByDescending(row => row.Decision.NoticePublishedAt).ThenBy(row => row.Tender.Reference)
            .Skip((page - 1) * size).Take(size)
            .Select(row => new AwardNoticeSummary(
                row.Tender.Reference!, row.Tender.Ocid, row.Tender.Title, row.Tender.AgencyId, row.AgencyName, row.Tender.Status,
                row.Decision.NoticePublishedAt!.Value, row.Value,
                row.Decision.Lots.Where(lot => lot.Outcome == LotOutcome.Awarded).Select(lot => lot.Currency).FirstOrDefault(),
                row.Decision.Lots.Count(lot => lot.Outcome == LotOutcome.Awarded),
                row.Decision.Lots.Count(lot => lot.Outcome == LotOutcome.Unsuccessful)))
            .ToListAsync(cancellationToken);
        return new AwardNoticeList(notices, total, page, size);
    }

    public IAsyncEnumerable<AwardNoticeRow> NoticeLotsAsync(AwardNoticeFilter filter) =>
        (from row in Notices(filter)
         from lot in row.Decision.Lots
         let cpvCode = row.Tender.Lots.Where(tenderLot => tenderLot.Number == lot.LotNumber).Select(tenderLot => tenderLot.CpvCode).FirstOrDefault()
         join supplier in db.Suppliers on lot.SupplierId equals supplier.Id into winners
         from winner in winners.DefaultIfEmpty()
         orderby row.Decision.NoticePublishedAt descending, row.Tender.Reference, lot.LotNumber
         select new AwardNoticeRow(
             row.Tender.Reference!, row.Tender.Ocid, row.Tender.Title, row.AgencyName, row.Decision.NoticePublishedAt!.Value,
             lot.LotNumber, lot.LotTitle, cpvCode ?? string.Empty, lot.Outcome, lot.SupplierName, winner == null ? null : winner.Size != SupplierSize.Large,
             lot.Amount, lot.Currency, lot.BidsReceived, lot.UnsuccessfulReason))
        .AsAsyncEnumerable();

    /// <summary>Final decisions with their tender, agency and awarded value, narrowed by <paramref name="filter"/>.</summary>
    private IQueryable<NoticeRow> Notices(AwardNoticeFilter filter)
    {
        var query =
            from decision in db.AwardDecisions.AsNoTracking()
            where decision.Status == AwardDecisionStatus.Final
            join tender in db.Tenders on decision.TenderId equals tender.Id
            join agency in db.Agencies on tender.AgencyId equals agency.Id
            select new NoticeRow
            {
                Decision = decision,
                Tender = tender,
                AgencyName = agency.Name,
                Value = decision.Lots.Where(lot => lot.Outcome == LotOutcome.Awarded).Sum(lot => lot.Amount ?? 0),
            };
        if (filter.AgencyId is { } agencyId)
        {
            query = query.Where(row => row.Tender.AgencyId == agencyId);
        }

        if (!string.IsNullOrWhiteSpace(filter.CpvDivision))
        {
            // Two digits only, so the pattern has no LIKE wildcards of its own.
            var division = new string([.. filter.CpvDivision.Trim().Where(char.IsAsciiDigit).Take(2)]);
            query = query.Where(row => row.Tender.Lots.Any(lot => EF.Functions.Like(lot.CpvCode, division + "%")));
        }

        if (filter.PublishedFrom is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(row => row.Decision.NoticePublishedAt >= start);
        }

        if (filter.PublishedTo is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(row => row.Decision.NoticePublishedAt < end);
        }

        if (filter.ValueMin is { } min)
        {
            query = query.Where(row => row.Value >= min);
        }

        if (filter.ValueMax is { } max)
        {
            query = query.Where(row => row.Value <= max);
        }

        return query;
    }

    public async Task<AwardNotice?> NoticeAsync(string tenderReference, CancellationToken cancellationToken)
    {
        var found = await (
            from decision in db.AwardDecisions.AsNoTracking()
            where decision.Status == AwardDecisionStatus.Final
            join tender in db.Tenders.AsNoTracking() on decision.TenderId equals tender.Id
            where tender.Reference == tenderReference
            join agency in db.Agencies on tender.AgencyId equals agency.Id
            select new { Decision = decision, Tender = tender, AgencyName = agency.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var (final, awarded) = (found.Decision, found.Tender);
        var winners = final.Lots.Where(lot => lot.SupplierId is not null).Select(lot => lot.SupplierId!.Value).Distinct().ToList();
        var sme = await db.Suppliers.AsNoTracking()
            .Where(supplier => winners.Contains(supplier.Id))
            .Select(supplier => new { supplier.Id, IsSme = supplier.Size != SupplierSize.Large })
            .ToDictionaryAsync(supplier => supplier.Id, supplier => supplier.IsSme, cancellationToken);
        var cpvByLot = awarded.Lots.ToDictionary(lot => lot.Number, lot => lot.CpvCode);
        var lots = final.Lots.OrderBy(lot => lot.LotNumber).Select(lot => new AwardNoticeLot(
            lot.LotNumber, lot.LotTitle, cpvByLot.GetValueOrDefault(lot.LotNumber, string.Empty), lot.Outcome,
            lot.SupplierId, lot.SupplierName, lot.SupplierId is { } id && sme.TryGetValue(id, out var isSme) ? isSme : null,
            lot.Amount, lot.Currency, lot.UnsuccessfulReason, lot.BidsReceived)).ToList();
        var contracts = await Contracts().Where(row => row.Contract.DecisionId == final.Id).OrderBy(row => row.Contract.LotNumber).Select(Summary).ToListAsync(cancellationToken);
        return new AwardNotice(
            awarded.Id, awarded.Reference!, awarded.Ocid, awarded.Title, awarded.AgencyId, found.AgencyName, awarded.Procedure, awarded.Status,
            final.DecidedAt, final.StandstillEndsAt, final.NoticePublishedAt!.Value, lots, contracts);
    }

    public async Task<ContractList> ContractsAsync(ContractFilter filter, CancellationToken cancellationToken)
    {
        var query = Contracts();
        if (filter.AgencyId is { } agencyId)
        {
            query = query.Where(row => row.AgencyId == agencyId);
        }

        if (filter.SupplierId is { } supplierId)
        {
            query = query.Where(row => row.Contract.SupplierId == supplierId);
        }

        if (filter.SignedOnly is { } signed)
        {
            query = query.Where(row => (row.Contract.SignedOn != null && row.Contract.DocumentSha256 != null) == signed);
        }

        var (page, size) = Paging(filter.Page, filter.PageSize);
        var total = await query.CountAsync(cancellationToken);
        var contracts = await query
            .OrderByDescending(row => row.Contract.CreatedAt).ThenBy(row => row.Contract.LotNumber)
            .Skip((page - 1) * size).Take(size)
            .Select(Summary)
            .ToListAsync(cancellationToken);
        return new ContractList(contracts, total, page, size);
    }

    public Task<AwardFile?> SignedContractAsync(Guid contractId, CancellationToken cancellationToken) =>
        Contracts()
            .Where(row => row.Contract.Id == contractId && row.Contract.DocumentFileName != null)
            .Join(db.Set<ContractDocumentFile>(), row => row.Contract.Id, file => file.ContractId, (row, file) => new AwardFile(row.Contract.DocumentFileName!, "application/pdf", file.Content))
            .SingleOrDefaultAsync(cancellationToken);

    private static readonly System.Linq.Expressions.Expression<Func<ContractRow, ContractSummary>> Summary = row => new ContractSummary(
        row.Contract.Id, row.TenderReference, row.TenderTitle, row.Contract.LotNumber, row.Contract.LotTitle, row.Contract.SupplierId, row.Contract.SupplierName,
        row.Contract.Amount, row.Contract.Currency, row.Contract.CreatedAt, row.Contract.SignedOn, row.Contract.PeriodStart, row.Contract.PeriodEnd,
        row.Contract.DocumentSha256 != null);

    /// <summary>Contracts of final decisions, with their tender's reference, title and agency.</summary>
    private IQueryable<ContractRow> Contracts() =>
        from contract in db.Contracts.AsNoTracking()
        join decision in db.AwardDecisions on contract.DecisionId equals decision.Id
        where decision.Status == AwardDecisionStatus.Final
        join tender in db.Tenders on contract.TenderId equals tender.Id
        select new ContractRow { Contract = contract, TenderReference = tender.Reference!, TenderTitle = tender.Title, AgencyId = tender.AgencyId };

    private static (int Page, int Size) Paging(int page, int size) => (Math.Max(1, page), Math.Clamp(size, 1, MaxPageSize));

    private sealed class NoticeRow
    {
        public required AwardDecision Decision { get; init; }
        public required Domain.Tenders.Tender Tender { get; init; }
        public required string AgencyName { get; init; }
        public required decimal Value { get; init; }
    }

    private sealed class ContractRow
    {
        public required Contract Contract { get; init; }
        public required string TenderReference { get; init; }
        public required string TenderTitle { get; init; }
        public required Guid AgencyId { get; init; }
    }
}
