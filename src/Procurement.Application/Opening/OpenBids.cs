using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Bids;
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
/// afresh; a rerun after success finds the tender opened and does nothing. Bidders are told in the same transaction.
/// </summary>
public sealed class OpenBidsHandler(
    ITenderRepository tenders,
    IOpeningRepository openings,
    IOpeningKeyVault vault,
    ISupplierRegistry suppliers,
    INotifications notifications,
    ITenderLinks links,
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
            if (found is null || !(found.Status == TenderStatus.Published || found.IsOpened) || found.OpeningKey is not { } key)
            {
                return new OpeningResult(OpeningOutcome.NothingToOpen);
            }

            tender = found;
            if (tender.IsOpened)
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
            var record = new OpeningRecord(tender.Id, now, opener.PublicKeyFingerprint, await openings.WithdrawnBidCountAsync(tender.Id, cancellationToken), opened);
            openings.Add(record);
            tenders.Record(tender.RecordOpening(opened.Count, now));
            await NotifyBiddersAsync(tender, record, cancellationToken);
            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            result = new OpeningResult(OpeningOutcome.Opened, opened.Count, opened.Count(b => b.Integrity != BidIntegrity.Intact));
        }

        logger.LogInformation(
            "Opened {Bids} bids of tender {TenderId} ({Failures} failed integrity checks) in {Elapsed} ms",
            result.Bids, command.TenderId, result.IntegrityFailures, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    /// <summary>Each bidder's users are told, in the opening's transaction, with the hash to look for next to their bid.</summary>
    private async Task NotifyBiddersAsync(Tender tender, OpeningRecord record, CancellationToken cancellationToken)
    {
        var link = new Uri(links.PublicPage(tender.Reference!), $"{tender.Reference}/opening");
        var users = await suppliers.UserIdsBySupplierAsync([.. record.Bids.Select(bid => bid.SupplierId)], cancellationToken);
        foreach (var bid in record.Bids)
        {
            await notifications.NotifyAsync(
                [.. users[bid.SupplierId]],
                new Notice(
                    $"Bids opened: {tender.Reference} {tender.Title}",
                    $"""
                    The bids for {tender.Reference}, {tender.Title}, were opened at {record.OpenedAt:d MMMM yyyy HH:mm:ss} UTC: {record.Bids.Count} in all.
                    Check that the SHA-256 shown next to your bid in the opening record is the one on your receipt: {bid.CiphertextSha256}.
                    The buyer now evaluates the bids; you will be told the result.
                    """,
                    link),
                cancellationToken);
        }
    }
}
