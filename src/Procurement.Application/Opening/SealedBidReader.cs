using System.Security.Cryptography;
using Procurement.Application.Bids;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Opening;

/// <summary>
/// Opens one bid's latest version with the tender's released key: the bid part, then each attachment it lists, each
/// checked for its recorded hash, key and tag, and the attachments for the size and SHA-256 the sealed bid gives. The
/// first failure decides the bid's integrity result and is described; nothing is thrown.
/// </summary>
internal sealed class SealedBidReader(IBidOpener opener, Tender tender)
{
    public OpenedBid Read(BidToOpen toOpen, Action<Guid, byte[]> storeFile)
    {
        var bid = toOpen.Bid;
        var bidPart = toOpen.Parts.SingleOrDefault(part => part.PartName == SealingContext.BidPart);
        if (bidPart is null)
        {
            return Failed(toOpen, string.Empty, BidIntegrity.PartMissing, "The sealed bid part is missing.");
        }

        var sha = bidPart.CiphertextSha256Hex;
        var opened = opener.Open(Sealed(bidPart), SealingContext.ForBid(tender.Id, bid.SupplierId, bid.Id, bid.Version));
        if (opened.Plaintext is not { } plaintext)
        {
            return Failed(toOpen, sha, Integrity(opened.Status), $"The bid part did not open: {opened.Status}.");
        }

        var content = BidContentJson.Parse(plaintext, tender.Id, bid.SupplierId);
        CryptographicOperations.ZeroMemory(plaintext);
        if (content is null || content.Problems(tender).Count > 0)
        {
            return Failed(toOpen, sha, BidIntegrity.Malformed, "The bid part opened but is not a valid bid for this tender.");
        }

        var attachments = new List<(OpenedAttachment Attachment, byte[] Content)>();
        foreach (var entry in content.Attachments)
        {
            var (attachment, file, problem) = ReadAttachment(toOpen, entry);
            if (problem is not null)
            {
                return Failed(toOpen, sha, attachment.Integrity, problem);
            }

            attachments.Add((attachment, file!));
        }

        var result = new OpenedBid(bid.Id, bid.SupplierId, toOpen.SupplierName, bid.Version, bid.SubmittedAt, sha, BidIntegrity.Intact, null);
        result.Read(content, tender, attachments.Select(a => a.Attachment));
        foreach (var (attachment, file) in attachments)
        {
            storeFile(attachment.Id, file);
        }

        return result;
    }

    private (OpenedAttachment Attachment, byte[]? Content, string? Problem) ReadAttachment(BidToOpen toOpen, AttachmentEntry entry)
    {
        var bid = toOpen.Bid;
        var context = SealingContext.ForAttachment(tender.Id, bid.SupplierId, bid.Id, bid.Version, entry.Number);
        OpenedAttachment Attachment(BidIntegrity integrity) => new(entry.Number, entry.FileName, entry.ContentType, entry.Size, entry.Sha256, integrity);

        var part = toOpen.Parts.SingleOrDefault(p => p.PartName == context.PartName);
        if (part is null)
        {
            return (Attachment(BidIntegrity.PartMissing), null, $"Attachment {entry.Number} ({entry.FileName}) is missing.");
        }

        var opened = opener.Open(Sealed(part), context);
        if (opened.Plaintext is not { } plaintext)
        {
            return (Attachment(Integrity(opened.Status)), null, $"Attachment {entry.Number} ({entry.FileName}) did not open: {opened.Status}.");
        }

        if (plaintext.LongLength != entry.Size || Convert.ToHexStringLower(SHA256.HashData(plaintext)) != entry.Sha256)
        {
            return (Attachment(BidIntegrity.AttachmentMismatch), null, $"Attachment {entry.Number} ({entry.FileName}) is not the file the bid lists.");
        }

        return (Attachment(BidIntegrity.Intact), plaintext, null);
    }

    private static OpenedBid Failed(BidToOpen toOpen, string sha, BidIntegrity integrity, string detail) =>
        new(toOpen.Bid.Id, toOpen.Bid.SupplierId, toOpen.SupplierName, toOpen.Bid.Version, toOpen.Bid.SubmittedAt, sha, integrity, detail);

    private static SealedPart Sealed(SealedBidPart part) =>
        new(part.Format, part.EphemeralPublicKey, part.Nonce, part.Ciphertext, part.CiphertextSha256, part.KeyCommitment);

    private static BidIntegrity Integrity(OpeningStatus status) => status switch
    {
        OpeningStatus.HashMismatch => BidIntegrity.HashMismatch,
        OpeningStatus.WrongKey => BidIntegrity.WrongKey,
        OpeningStatus.AuthenticationFailed => BidIntegrity.AuthenticationFailed,
        _ => BidIntegrity.Malformed,
    };
}
