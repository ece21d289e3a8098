namespace Procurement.Application.Bids.Ports;

/// <summary>
/// Encrypts a bid, or one of its attachments, to the tender's public opening key as it arrives, so that nobody can
/// read it before the opening (Directive 2014/24/EU Annex IV). Only the returned <see cref="SealedPart"/> is stored.
/// The implementation clears every buffer it creates (shared secret, derived key); the caller clears its own
/// plaintext buffer after the call.
/// </summary>
public interface IBidSealer
{
    /// <param name="tenderPublicKey">The tender's X25519 opening public key (32 bytes), as created by the opening key vault.</param>
    /// <param name="context">Who sent what, for which tender: bound to the ciphertext as associated data.</param>
    SealedPart Seal(ReadOnlySpan<byte> plaintext, byte[] tenderPublicKey, SealingContext context);
}

/// <summary>
/// What a sealed part belongs to. All of it is authenticated with the ciphertext, so a part moved to another tender,
/// supplier, bid, version or part name does not open.
/// </summary>
public sealed record SealingContext
{
    /// <summary>The part name of the bid itself (prices per lot, validity, notes).</summary>
    public const string BidPart = "bid";

    public SealingContext(Guid tenderId, Guid supplierId, Guid bidId, int bidVersion, string partName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bidVersion, 1);
        if (!IsValidPartName(partName))
        {
            throw new ArgumentException("A part name is 1 to 64 characters of a-z, 0-9, ':', '.', '_' or '-', such as \"bid\" or \"attachment:1\".", nameof(partName));
        }

        TenderId = tenderId;
        SupplierId = supplierId;
        BidId = bidId;
        BidVersion = bidVersion;
        PartName = partName;
    }

    public Guid TenderId { get; }

    public Guid SupplierId { get; }

    public Guid BidId { get; }

    /// <summary>1 for the first submission; each replacement is a new version.</summary>
    public int BidVersion { get; }

    /// <summary><c>bid</c>, or <c>attachment:&lt;n&gt;</c> for the n-th attachment.</summary>
    public string PartName { get; }

    public static SealingContext ForBid(Guid tenderId, Guid supplierId, Guid bidId, int bidVersion) =>
        new(tenderId, supplierId, bidId, bidVersion, BidPart);

    /// <param name="number">The attachment's number within the bid version, from 1.</param>
    public static SealingContext ForAttachment(Guid tenderId, Guid supplierId, Guid bidId, int bidVersion, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return new(tenderId, supplierId, bidId, bidVersion, $"attachment:{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private static bool IsValidPartName(string? name) =>
        name is { Length: >= 1 and <= 64 } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ':' or '.' or '_' or '-');
}

/// <summary>
/// A sealed bid or attachment: everything that is persisted, and nothing else. Byte arrays are raw bytes; the
/// record's equality compares them by reference, so compare the arrays themselves where it matters.
/// </summary>
/// <param name="Format">The construction and its version, <c>procurement/bid/v1</c> (docs/security.md, "Sealed bids").</param>
/// <param name="EphemeralPublicKey">The sender's one-time X25519 public key, 32 bytes.</param>
/// <param name="Nonce">The AES-GCM nonce, 12 random bytes.</param>
/// <param name="Ciphertext">The AES-256-GCM ciphertext followed by its 16-byte authentication tag.</param>
/// <param name="CiphertextSha256">SHA-256 of <paramref name="Ciphertext"/> (tag included): shown on the receipt and the opening record.</param>
/// <param name="KeyCommitment">32 bytes derived with the encryption key: tells a part sealed to another key apart from a tampered one.</param>
public sealed record SealedPart(string Format, byte[] EphemeralPublicKey, byte[] Nonce, byte[] Ciphertext, byte[] CiphertextSha256, byte[] KeyCommitment);
