using Procurement.Application.Bids.Ports;

namespace Procurement.Application.Opening.Ports;

/// <summary>
/// Holds one tender's unwrapped private key for the duration of an opening, and opens the parts sealed to it. The key
/// never leaves this object; <see cref="IDisposable.Dispose"/> wipes it.
/// </summary>
public interface IBidOpener : IDisposable
{
    Guid TenderId { get; }

    /// <summary>The fingerprint of the tender public key this opener belongs to, as shown on the tender page.</summary>
    string PublicKeyFingerprint { get; }

    /// <summary>
    /// Checks the ciphertext hash, then the key, then the GCM tag, and decrypts. A failure is a result, never an
    /// exception, so the opening record can show it.
    /// </summary>
    /// <param name="context">The part's tender, supplier, bid, version and part name as the database holds them.</param>
    OpenedPart Open(SealedPart part, SealingContext context);
}

public enum OpeningStatus
{
    Opened,

    /// <summary>The ciphertext's SHA-256 is not the one recorded (and shown on the receipt): the ciphertext was changed.</summary>
    HashMismatch,

    /// <summary>The part was not sealed to this tender's key, or its ephemeral public key or key commitment was changed.</summary>
    WrongKey,

    /// <summary>The GCM tag does not verify: the ciphertext, nonce or associated data (tender, supplier, bid, version, part) was changed.</summary>
    AuthenticationFailed,

    /// <summary>A field has the wrong length, so the part cannot be a sealed part.</summary>
    Malformed,

    /// <summary>The part names a format this version of the platform does not know.</summary>
    UnsupportedFormat,
}

/// <param name="Plaintext">The decrypted bytes; set only when <paramref name="Status"/> is <see cref="OpeningStatus.Opened"/>.</param>
public sealed record OpenedPart(OpeningStatus Status, byte[]? Plaintext)
{
    public bool IsOpened => Status == OpeningStatus.Opened;
}
