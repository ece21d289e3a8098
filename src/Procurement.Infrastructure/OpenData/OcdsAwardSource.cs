using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Procurement.Application.OpenData;
using Procurement.Application.OpenData.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.OpenData;

/// <summary>
/// The award stages from the award decisions (decided, final, superseded) and the contracts of final decisions, of
/// published tenders. A page first reads the dated steps (four bounded queries), then only the decisions, contracts,
/// tenders, agencies and suppliers those steps belong to.
/// </summary>
internal sealed class OcdsAwardSource(ProcurementDbContext db) : IOcdsAwardSource
{
    public async Task<IReadOnlyList<OcdsStage>> AwardAndContractStagesAsync(OcdsStageWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var steps = await StepsAsync(window, cancellationToken);
        if (steps.Count == 0)
        {
            return [];
        }

        var decisionIds = steps.Where(s => s.Kind != StepKind.Contract).Select(s => s.Id).Distinct().ToList();
        var decisions = decisionIds.Count == 0
            ? []
            : await db.AwardDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);

        // Contracts are numbered per tender in lot order, so every contract of the tenders on the page is read (a handful each).
        var contractTenderIds = steps.Where(s => s.Kind == StepKind.Contract).Select(s => s.TenderId).Distinct().ToList();
        var contracts = contractTenderIds.Count == 0
            ? []
            : await (
                from contract in db.Contracts.AsNoTracking()
                join decision in db.AwardDecisions on contract.DecisionId equals decision.Id
                where decision.Status == AwardDecisionStatus.Final && contractTenderIds.Contains(contract.TenderId)
                select new { Contract = contract, decision.Round })
                .ToListAsync(cancellationToken);
        var contractNumbers = contracts
            .GroupBy(c => c.Contract.TenderId)
            .SelectMany(tender => tender.OrderBy(c => c.Contract.LotNumber).ThenBy(c => c.Contract.CreatedAt).Select((c, i) => (c.Contract.Id, Number: i + 1)))
            .ToDictionary(c => c.Id, c => c.Number);
        var contractsById = contracts.ToDictionary(c => c.Contract.Id);

        var tenderIds = steps.Select(s => s.TenderId).Distinct().ToList();
        var tenders = await db.Tenders.AsNoTracking().Where(t => tenderIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Ocid, t.Reference, t.AgencyId })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var agencyIds = tenders.Values.Select(t => t.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new OcdsBuyer(a.Name, a.Identifier, a.Region), cancellationToken);
        var supplierIds = decisions.Values.SelectMany(d => d.Lots).Where(l => l.SupplierId is not null).Select(l => l.SupplierId!.Value)
            .Concat(contracts.Select(c => c.Contract.SupplierId))
            .Distinct()
            .ToList();
        var suppliers = supplierIds.Count == 0
            ? []
            : await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id))
                .Select(s => new { s.Id, s.LegalName, s.RegistrationNumber, s.Country, s.Size })
                .ToDictionaryAsync(s => s.Id, cancellationToken);

        OcdsSupplier Supplier(Guid id, string nameAtAward) => suppliers.TryGetValue(id, out var s)
            ? new OcdsSupplier(id, s.LegalName, s.RegistrationNumber, string.IsNullOrEmpty(s.Country) ? null : s.Country, s.Size != SupplierSize.Large)
            : new OcdsSupplier(id, nameAtAward, null, null, false);

        var stages = new List<OcdsStage>();
        foreach (var step in steps.OrderBy(s => s.At).ThenBy(s => s.Kind).ThenBy(s => s.Id))
        {
            var tender = tenders[step.TenderId];
            var process = new OcdsProcess(tender.Id, tender.Ocid!, tender.Reference!, agencies[tender.AgencyId]);
            if (step.Kind == StepKind.Contract)
            {
                var (contract, round) = (contractsById[step.Id].Contract, contractsById[step.Id].Round);
                stages.Add(new OcdsContractInput(
                    process,
                    step.At,
                    contractNumbers[contract.Id],
                    contract.LotNumber,
                    round,
                    Supplier(contract.SupplierId, contract.SupplierName),
                    contract.Amount,
                    contract.Currency,
                    StartOfDay(contract.PeriodStart),
                    StartOfDay(contract.PeriodEnd),
                    contract.IsSigned ? StartOfDay(contract.SignedOn) : null,
                    contract.IsSigned
                        ? new OcdsContractDocument(
                            string.Create(CultureInfo.InvariantCulture, $"Signed contract for lot {contract.LotNumber}"),
                            $"/contracts/{contract.Id:D}/document")
                        : null));
                continue;
            }

            var decision = decisions[step.Id];
            var lots = decision.Lots.OrderBy(l => l.LotNumber).Select(l => new OcdsLotAward(
                l.LotNumber,
                l.Outcome == LotOutcome.Awarded && l.SupplierId is { } winner ? Supplier(winner, l.SupplierName ?? string.Empty) : null,
                l.Outcome == LotOutcome.Awarded ? l.Amount : null,
                l.Outcome == LotOutcome.Awarded ? l.Currency : null,
                decision.DecidedAt,
                l.Outcome == LotOutcome.Unsuccessful ? l.UnsuccessfulReason : null)).ToList();
            var status = decision.AnyLotAwarded ? TenderStatus.Awarded : TenderStatus.Unsuccessful;
            stages.Add(new OcdsAwardInput(process, step.At, decision.Round, OcdsAwardStep.Finalised, status, lots));
        }

        return stages;
    }

    /// <summary>
    /// The dated steps in the window: the first <see cref="OcdsStageWindow.Limit"/> of the four kinds together by date, and
    /// every other step of the last date. Each kind is asked for at most the limit, then for the ties of the last date.
    /// </summary>
    private async Task<List<Step>> StepsAsync(OcdsStageWindow window, CancellationToken cancellationToken)
    {
        var take = window.Limit ?? int.MaxValue;
        var found = new List<Step>();
        foreach (var query in Queries(window))
        {
            found.AddRange(await query.OrderBy(s => s.At).ThenBy(s => s.Id).Take(take).ToListAsync(cancellationToken));
        }

        found = [.. found.OrderBy(s => s.At).ThenBy(s => s.Kind).ThenBy(s => s.Id)];
        if (window.Limit is not { } limit || found.Count < limit)
        {
            return found;
        }

        // Everything before the limit-th date is already here: a kind missing one would have filled the limit earlier.
        var last = found[limit - 1].At;
        var steps = found.Where(s => s.At < last).ToList();
        foreach (var query in Queries(window))
        {
            steps.AddRange(await query.Where(s => s.At == last).ToListAsync(cancellationToken));
        }

        return steps;
    }

    private IEnumerable<IQueryable<Step>> Queries(OcdsStageWindow window)
    {
        var decisions =
            from decision in db.AwardDecisions.AsNoTracking()
            join tender in db.Tenders on decision.TenderId equals tender.Id
            where tender.Reference != null && tender.PublishedAt != null
            select decision;
        if (window.TenderId is { } tenderId)
        {
            decisions = decisions.Where(d => d.TenderId == tenderId);
        }

        // Only final awards are public, as on the award notice pages: a decision in its standstill period is told to
        // the bidders, not published, and one withdrawn by an upheld complaint never was public. Publishing its release
        // later would date it in the past and slip it behind consumers' paging cursors.
        // The standstill ended: the decision is final and the award notice is published at the same moment.
        yield return Within(
            decisions.Where(d => d.Status == AwardDecisionStatus.Final && d.FinalisedAt != null)
                .Select(d => new Step { TenderId = d.TenderId, Id = d.Id, Kind = StepKind.Finalised, At = d.FinalisedAt!.Value }),
            window);

        // Contracts of final decisions, dated when recorded: their signature, or their creation while unsigned.
        var contracts =
            from contract in db.Contracts.AsNoTracking()
            join decision in decisions on contract.DecisionId equals decision.Id
            where decision.Status == AwardDecisionStatus.Final
            select new Step { TenderId = contract.TenderId, Id = contract.Id, Kind = StepKind.Contract, At = contract.RecordedAt ?? contract.CreatedAt };
        yield return Within(contracts, window);
    }

    private static IQueryable<Step> Within(IQueryable<Step> steps, OcdsStageWindow window)
    {
        if (window.From is { } from)
        {
            steps = steps.Where(s => s.At >= from);
        }

        if (window.Until is { } until)
        {
            steps = steps.Where(s => s.At < until);
        }

        return steps;
    }

    private static DateTimeOffset? StartOfDay(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : null;

    private enum StepKind
    {
        Finalised,
        Contract,
    }

    /// <summary>A dated step; an object initializer (not a constructor) so that EF can filter and order on its members.</summary>
    private sealed class Step
    {
        public required Guid TenderId { get; init; }
        public required Guid Id { get; init; }
        public required StepKind Kind { get; init; }
        public required DateTimeOffset At { get; init; }
    }
}
