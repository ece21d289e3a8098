using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Bids;

/// <summary>Submits the supplier's draft as its bid, or as a new version replacing the bid it has in.</summary>
public sealed record SubmitBid(BidActor Actor, Guid TenderId);

/// <summary>
/// Seals the draft (the bid and each attachment, to the tender's public opening key, bound to tender, supplier, bid and
/// version) and keeps only the sealed parts, in one transaction that holds the tender row's share lock: the time of
/// receipt is the database clock read under that lock, so a bid is in if and only if it was received before the
/// deadline, and the opening, which takes the exclusive lock, sees every bid that got a receipt. The draft is deleted
/// in the same transaction, and the signed receipt is stored with the bid.
/// </summary>
public sealed class SubmitBidHandler(
    IBidRepository bids,
    ISupplierRegistry suppliers,
    IBidDraftProtector protector,
    IBidSealer sealer,
    IReceiptSigner signer,
    ILogger<SubmitBidHandler> logger)
{
    public const string NotVerifiedMessage =
        "Only companies verified by a procurement officer, and not suspended, can bid. Complete and submit your company's registration under My company.";

    public async Task<BidOutcome> HandleAsync(SubmitBid command, CancellationToken cancellationToken)
    {
        var supplier = await suppliers.FindAsync(command.Actor.SupplierId, cancellationToken);
        if (supplier is null)
        {
            return BidOutcome.NotFound;
        }

        await using var transaction = await bids.BeginTransactionAsync(cancellationToken);
        var tender = await bids.LockTenderForBidAsync(command.TenderId, cancellationToken);
        if (tender is null || !tender.IsPublic || tender.OpeningKey is null)
        {
            return BidOutcome.NotFound;
        }

        if (!supplier.MayBid)
        {
            return BidOutcome.Refused(NotVerifiedMessage);
        }

        var draft = await bids.FindDraftAsync(tender.Id, supplier.Id, cancellationToken);
        if (draft is null)
        {
            return BidOutcome.Refused("There is nothing to submit: enter your prices and save them first.");
        }

        var files = await ReadAttachmentsAsync(draft, cancellationToken);
        try
        {
            var content = new BidContent(
                BidContentJson.ParseDraft(protector.Unprotect(draft.ProtectedContent)),
                [.. files.Select(file => new AttachmentEntry(file.Number, file.Name, file.ContentType, file.Content.LongLength, Convert.ToHexStringLower(SHA256.HashData(file.Content))))]);
            var problems = content.Problems(tender);
            if (problems.Count > 0)
            {
                return BidOutcome.Refused(problems);
            }

            var bid = await bids.FindBidForUpdateAsync(tender.Id, supplier.Id, cancellationToken);
            if (bid is null)
            {
                bid = Bid.Start(tender.Id, supplier.Id);
                bids.Add(bid);
            }

            var receivedAt = await bids.ClockAsync(cancellationToken);
            if (!tender.IsOpenForBids(receivedAt))
            {
                logger.LogInformation("Bid for tender {TenderId} by supplier {SupplierId} refused: received at {ReceivedAt:O}, after the deadline", tender.Id, supplier.Id, receivedAt);
                return BidOutcome.Refused(BidRules.ClosedMessage(tender, receivedAt, "submitted"));
            }

            var version = bid.NextVersion;
            var parts = Seal(tender, supplier.Id, bid.Id, version, content, files);
            var kind = bid.Submit(tender, receivedAt);
            var receipt = signer.Sign(new BidReceipt(
                tender.Reference!, tender.Id, supplier.Id, bid.Id, version, kind == BidChange.Replaced ? ReceiptKind.Replacement : ReceiptKind.Submission, receivedAt,
                [.. parts.Select(part => new ReceiptPart(part.PartName, part.CiphertextSha256Hex))]));
            foreach (var part in parts)
            {
                bids.Add(part);
            }

            bids.Add(new BidReceiptRecord(bid.Id, tender.Id, supplier.Id, version, kind, receipt.Receipt.ReceivedAt, command.Actor.UserId, parts[0].CiphertextSha256Hex, receipt.SigningKeyId, receipt.FileText));
            bids.Remove(draft);
            await bids.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Bid {BidId} version {Version} for tender {TenderId} sealed and received at {ReceivedAt:O}", bid.Id, version, tender.Id, receivedAt);
            return BidOutcome.Receipted(receipt);
        }
        catch (DomainRuleException refused)
        {
            return BidOutcome.Refused(refused.Message);
        }
        finally
        {
            foreach (var file in files)
            {
                CryptographicOperations.ZeroMemory(file.Content);
            }
        }
    }

    /// <summary>The bid part first, then the attachments in order, each sealed on its own; every plaintext buffer is cleared.</summary>
    private List<SealedBidPart> Seal(Tender tender, Guid supplierId, Guid bidId, int version, BidContent content, IReadOnlyList<DraftFile> files)
    {
        var publicKey = tender.OpeningKey!.PublicKey;
        var parts = new List<SealedBidPart>();
        var bidBytes = BidContentJson.Serialise(tender.Id, supplierId, content);
        try
        {
            parts.Add(Stored(sealer.Seal(bidBytes, publicKey, SealingContext.ForBid(tender.Id, supplierId, bidId, version)), bidId, version, SealingContext.BidPart));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bidBytes);
        }

        foreach (var file in files)
        {
            var context = SealingContext.ForAttachment(tender.Id, supplierId, bidId, version, file.Number);
            parts.Add(Stored(sealer.Seal(file.Content, publicKey, context), bidId, version, context.PartName));
        }

        return parts;
    }

    private static SealedBidPart Stored(SealedPart sealedPart, Guid bidId, int version, string partName) => new(
        bidId, version, partName, sealedPart.Format, sealedPart.EphemeralPublicKey, sealedPart.Nonce, sealedPart.Ciphertext, sealedPart.CiphertextSha256, sealedPart.KeyCommitment);

    /// <summary>The draft's attachments, numbered 1, 2, 3 … in the order added, as they are sealed.</summary>
    private async Task<IReadOnlyList<DraftFile>> ReadAttachmentsAsync(BidDraft draft, CancellationToken cancellationToken)
    {
        var files = new List<DraftFile>();
        var number = 0;
        foreach (var attachment in draft.Attachments.OrderBy(a => a.Number))
        {
            var content = protector.Unprotect(await bids.DraftFileAsync(attachment.Id, cancellationToken));
            var name = Encoding.UTF8.GetString(protector.Unprotect(attachment.ProtectedName));
            files.Add(new DraftFile(++number, name, Domain.Files.FileType.Detect(content)?.ContentType ?? "application/octet-stream", content));
        }

        return files;
    }

    private sealed record DraftFile(int Number, string Name, string ContentType, byte[] Content);
}
