using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Opening;

/// <summary>The opening of a tender's sealed bids, run by the scheduler at the submission deadline.</summary>
public sealed record OpenBids(Guid TenderId);

public enum OpeningOutcome
{
    Opened,

    /// <summary>Opened before: a rerun changes nothing.</summary>
    AlreadyOpened,

    /// <summary>The database clock has not reached the deadline; the caller tries again at the deadline.</summary>
    NotYetDue,

    /// <summary>No such tender, or it is not published (cancelled: its bids are never opened).</summary>
    NothingToOpen,
}

public sealed record OpeningResult(OpeningOutcome Outcome, int Bids = 0, int IntegrityFailures = 0, DateTimeOffset? DueAt = null);

/// <summary>
/// Opens every bid in at the deadline, in one transaction on the tender row's exclusive lock, which waits for
/// submissions in progress and shuts out later ones: the key is released by the vault only at or after its
/// <c>not_before</c> against the database clock (the attempt is audited even when refused), each bid's latest version
/// and attachments are decrypted and checked (a failure is recorded on the opening record, never dropped), and the
/// opening record is written as the tender becomes Opened. A crash part-way rolls everything back and a rerun starts
/// afresh; a rerun after success finds the tender opened and does nothing. Bidders are told after the commit.
/// </summary>
public sealed class OpenBidsHandler(
    ITenderRepository tenders,
    IOpeningRepository openings,
    IOpeningKeyVault vault,
    IEnumerable<IOpeningSubscriber> subscribers,
    ILogger<OpenBidsHandler> logger)
{
    public async Task<OpeningResult> HandleAsync(OpenBids command, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Tender tender;
        OpeningResult result;
        await using (var transaction = await tenders.BeginTransactionAsync(cancellationToken))
        {
            var found = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
            if (found is null || found.Status is not (TenderStatus.Published or TenderStatus.Opened) || found.OpeningKey is not { } key)
            {
                return new OpeningResult(OpeningOutcome.NothingToOpen);
            }

            tender = found;
            if (tender.Status == TenderStatus.Opened)
            {
                return new OpeningResult(OpeningOutcome.AlreadyOpened);
            }

            var now = await openings.ClockAsync(cancellationToken);
            if (now < tender.SubmissionDeadline)
            {
                return new OpeningResult(OpeningOutcome.NotYetDue, DueAt: tender.SubmissionDeadline);
            }

            // The vault audits the release in its own transaction before returning; nothing is saved in this one before.
            var wrapped = new WrappedOpeningKey(key.WrapFormat, key.KeyEncryptionKeyId, key.WrapNonce, key.WrappedPrivateKey);
            using var opener = await vault.UnwrapForOpeningAsync(tender.Id, wrapped, key.NotBefore, now, cancellationToken);
            var toOpen = await openings.BidsToOpenAsync(tender.Id, cancellationToken);
            var reader = new SealedBidReader(opener, tender);
            var opened = toOpen.Select(bid => reader.Read(bid, openings.StoreOpenedFile)).ToList();
            var record = new Domain.Bids.OpeningRecord(tender.Id, now, opener.PublicKeyFingerprint, await openings.WithdrawnBidCountAsync(tender.Id, cancellationToken), opened);
            openings.Add(record);
            tenders.Record(tender.RecordOpening(opened.Count, now));
            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            result = new OpeningResult(OpeningOutcome.Opened, opened.Count, opened.Count(b => b.Integrity != Domain.Bids.BidIntegrity.Intact));
        }

        logger.LogInformation(
            "Opened {Bids} bids of tender {TenderId} ({Failures} failed integrity checks) in {Elapsed} ms",
            result.Bids, command.TenderId, result.IntegrityFailures, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        await NotifyAsync(tender, cancellationToken);
        return result;
    }

    private async Task NotifyAsync(Tender tender, CancellationToken cancellationToken)
    {
        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber.OnOpenedAsync(tender.Id, cancellationToken);
            }
#pragma warning disable CA1031 // The opening is committed; a failing notice must not hide that or stop the others.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                logger.LogError(failure, "Opening subscriber {Subscriber} failed for tender {TenderId}", subscriber.GetType().Name, tender.Id);
            }
        }
    }
}
