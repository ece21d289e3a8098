using Microsoft.Extensions.Logging;
using Procurement.Application.Awards.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Awards;

/// <summary>The end of a tender's standstill period, run by the scheduler at its end and by the sweep.</summary>
public sealed record EndStandstill(Guid TenderId);

public enum StandstillOutcome
{
    /// <summary>The award is final, its contracts created and its notice published.</summary>
    Finalised,

    /// <summary>The database clock has not reached the end; the caller tries again then.</summary>
    NotYetDue,

    /// <summary>A complaint is open: the award waits for its decision, which finalises it if rejected.</summary>
    BlockedByComplaint,

    /// <summary>The tender is not in its standstill period (already final, reopened, or unknown): nothing to do.</summary>
    NothingToEnd,
}

public sealed record StandstillResult(StandstillOutcome Outcome, DateTimeOffset? DueAt = null);

/// <summary>
/// Ends the standstill on the tender's locked row, so that it serialises with a complaint being lodged or decided:
/// with no open complaint and the end passed by the database clock, the award becomes final (see
/// <see cref="AwardFinalisation"/>); otherwise nothing changes. A rerun after success finds nothing to end.
/// </summary>
public sealed class EndStandstillHandler(ITenderRepository tenders, IAwardRepository awards, AwardFinalisation finalisation, ILogger<EndStandstillHandler> logger)
{
    public async Task<StandstillResult> HandleAsync(EndStandstill command, CancellationToken cancellationToken)
    {
        await using var transaction = await tenders.BeginTransactionAsync(cancellationToken);
        var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
        if (tender is null || tender.Status != TenderStatus.Standstill || await awards.StandingAsync(tender.Id, cancellationToken) is not { } decision)
        {
            return new StandstillResult(StandstillOutcome.NothingToEnd);
        }

        var now = await awards.ClockAsync(cancellationToken);
        if (now < decision.StandstillEndsAt)
        {
            return new StandstillResult(StandstillOutcome.NotYetDue, decision.StandstillEndsAt);
        }

        if ((await awards.ComplaintsAsync(tender.Id, cancellationToken)).Any(complaint => complaint.IsOpen && complaint.DecisionId == decision.Id))
        {
            logger.LogInformation("Standstill of tender {TenderId} ended with a complaint open; the award waits for its decision", tender.Id);
            return new StandstillResult(StandstillOutcome.BlockedByComplaint);
        }

        await finalisation.FinaliseAsync(tender, decision, TenderEvent.Platform, now, cancellationToken);
        await tenders.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Award of tender {TenderId} is final; {Contracts} contract(s) created", tender.Id, decision.Lots.Count(lot => lot.Outcome == LotOutcome.Awarded));
        return new StandstillResult(StandstillOutcome.Finalised);
    }
}

/// <summary>
/// Makes a standing decision final in the caller's transaction, on the locked tender: the tender becomes Awarded (or
/// Unsuccessful), the award notice is published (its time recorded), a contract is created per awarded lot, and every
/// bidder is told. The caller has checked that the standstill has ended and no complaint is open.
/// </summary>
public sealed class AwardFinalisation(ITenderRepository tenders, IAwardRepository awards, AwardNotices notices)
{
    public async Task FinaliseAsync(Tender tender, AwardDecision decision, Guid by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        tenders.Record(tender.FinaliseAward(decision.AnyLotAwarded, by, now));
        awards.Record(decision.Finalise(by, now));
        foreach (var (contract, created) in Contract.ForFinalDecision(decision, now))
        {
            awards.Add(contract);
            awards.Record(created);
        }

        await notices.FinalAsync(tender, decision, await awards.BiddersAsync(tender.Id, cancellationToken), cancellationToken);
    }
}
