namespace Procurement.Application.Bids.Ports;

/// <summary>
/// Signs the receipt a supplier gets for a submission, replacement or withdrawal with the platform's Ed25519 key.
/// The receipt is serialised canonically (docs/security.md, "Receipts"); anyone can check it against the published
/// platform public key.
/// </summary>
public interface IReceiptSigner
{
    /// <summary>The key receipts are signed with now, for the public verification page.</summary>
    PlatformSigningKey SigningKey { get; }

    SignedReceipt Sign(BidReceipt receipt);
}

public enum ReceiptKind
{
    Submission,
    Replacement,
    Withdrawal,
}

/// <summary>What a receipt attests. <paramref name="ReceivedAt"/> is the database server's time of the commit.</summary>
/// <param name="TenderReference">The tender's public reference, e.g. <c>PROC-2026-0042</c>.</param>
/// <param name="ReceivedAt">Kept to the microsecond, as PostgreSQL stores it; finer ticks are dropped.</param>
/// <param name="Parts">The sealed parts of this version and their ciphertext SHA-256, in the bid's order; empty for a withdrawal.</param>
public sealed record BidReceipt(
    string TenderReference,
    Guid TenderId,
    Guid SupplierId,
    Guid BidId,
    int BidVersion,
    ReceiptKind Kind,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<ReceiptPart> Parts);

/// <param name="Name">The part name, as in <see cref="SealingContext.PartName"/>.</param>
/// <param name="CiphertextSha256">64 lower-case hexadecimal digits.</param>
public sealed record ReceiptPart(string Name, string CiphertextSha256);

/// <param name="Payload">The canonical receipt text that was signed (UTF-8 JSON, no whitespace).</param>
/// <param name="Signature">The 64-byte Ed25519 signature of <paramref name="Payload"/>'s UTF-8 bytes.</param>
/// <param name="FileText">The receipt file a supplier downloads and can paste back to have it verified.</param>
public sealed record SignedReceipt(BidReceipt Receipt, string SigningKeyId, string Payload, byte[] Signature, string FileText);

/// <param name="KeyId">Named in every receipt it signs, so receipts signed before a key change still verify.</param>
/// <param name="PublicKey">The raw 32-byte Ed25519 public key.</param>
/// <param name="Fingerprint">SHA-256 of the public key in groups of four hexadecimal digits.</param>
/// <param name="PublicKeyPem">The public key as a PEM SubjectPublicKeyInfo (RFC 8410), for <c>openssl pkeyutl -verify</c>.</param>
public sealed record PlatformSigningKey(string KeyId, byte[] PublicKey, string Fingerprint, string PublicKeyPem);
