namespace Procurement.Application.Opening.Ports;

/// <summary>
/// Creates each tender's opening key pair and releases its private key only at or after the opening time. The private
/// key is stored wrapped (AES-256-GCM) under the platform key-encryption key, which never lives in the database; the
/// wrapping binds the tender id and <c>not_before</c>, so changing either in the database makes the key unusable.
/// Every release attempt, allowed or refused, is logged and reported to each registered <see cref="IOpeningKeyAuditLog"/>.
/// </summary>
public interface IOpeningKeyVault
{
    /// <param name="notBefore">The opening time: the submission deadline. Kept to the microsecond, as PostgreSQL stores it.</param>
    TenderOpeningKey CreateTenderKey(Guid tenderId, DateTimeOffset notBefore);

    /// <summary>
    /// Unwraps the tender's private key for the opening. Refuses with <see cref="OpeningTooEarlyException"/> when
    /// <paramref name="now"/> is before <paramref name="notBefore"/>, and with <see cref="OpeningKeyUnavailableException"/>
    /// when the key cannot be unwrapped (the tender id, <c>not_before</c> or wrapped key were changed, or the
    /// key-encryption key is not the one it was wrapped with). Dispose the returned opener to wipe the key.
    /// </summary>
    /// <param name="notBefore">The tender's <c>not_before</c> as stored with the wrapped key.</param>
    /// <param name="now">The database server's clock (<c>now()</c> / <c>clock_timestamp()</c>), never the web server's.</param>
    Task<IBidOpener> UnwrapForOpeningAsync(Guid tenderId, WrappedOpeningKey wrapped, DateTimeOffset notBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Wraps a tender key again under the current key-encryption key, for key rotation; <c>not_before</c> stays bound.
    /// The private key never leaves the vault. Reported to the audit log like an unwrap.
    /// </summary>
    Task<WrappedOpeningKey> RewrapAsync(Guid tenderId, WrappedOpeningKey wrapped, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Binds the tender's key to a later opening time when the submission deadline is extended: the same key pair (bids
    /// already sealed to its public key still open), wrapped again under the current key-encryption key with
    /// <paramref name="newNotBefore"/>, so that it cannot be released at the old time. The private key never leaves the
    /// vault. Refuses with <see cref="OpeningKeyPostponementRefusedException"/> when <paramref name="newNotBefore"/> is
    /// earlier than <paramref name="notBefore"/>, and with <see cref="OpeningKeyUnavailableException"/> when the key does
    /// not unwrap. Reported to the audit log, refused or not.
    /// </summary>
    /// <param name="notBefore">The tender's <c>not_before</c> as stored with the wrapped key.</param>
    /// <param name="newNotBefore">The new submission deadline; never earlier than <paramref name="notBefore"/>.</param>
    Task<WrappedOpeningKey> PostponeAsync(Guid tenderId, WrappedOpeningKey wrapped, DateTimeOffset notBefore, DateTimeOffset newNotBefore, CancellationToken cancellationToken);
}

/// <summary>A new tender opening key: the public half is shown on the tender page, the wrapped half is stored.</summary>
/// <param name="PublicKey">The raw 32-byte X25519 public key bids are sealed to.</param>
/// <param name="Fingerprint">SHA-256 of the public key in groups of four hexadecimal digits.</param>
public sealed record TenderOpeningKey(Guid TenderId, DateTimeOffset NotBefore, byte[] PublicKey, string Fingerprint, WrappedOpeningKey Wrapped);

/// <summary>The tender's private key as stored: encrypted under the key-encryption key named by <paramref name="KeyEncryptionKeyId"/>.</summary>
/// <param name="Format">The wrapping and its version, <c>procurement/opening-key/v1</c>.</param>
/// <param name="Nonce">The AES-GCM nonce, 12 random bytes.</param>
/// <param name="Ciphertext">The encrypted 32-byte private key followed by the 16-byte tag.</param>
public sealed record WrappedOpeningKey(string Format, string KeyEncryptionKeyId, byte[] Nonce, byte[] Ciphertext);

/// <summary>The opening was attempted before the tender's opening time; nothing was decrypted.</summary>
public sealed class OpeningTooEarlyException : Exception
{
    public OpeningTooEarlyException(Guid tenderId, DateTimeOffset notBefore, DateTimeOffset now)
        : base($"The opening key of tender {tenderId} cannot be released before {notBefore:O}; it is {now:O}.")
    {
        TenderId = tenderId;
        NotBefore = notBefore;
        Now = now;
    }

    public OpeningTooEarlyException()
    {
    }

    public OpeningTooEarlyException(string message)
        : base(message)
    {
    }

    public OpeningTooEarlyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Guid TenderId { get; }

    public DateTimeOffset NotBefore { get; }

    public DateTimeOffset Now { get; }
}

/// <summary>A postponement asked to move the opening time earlier; nothing was wrapped.</summary>
public sealed class OpeningKeyPostponementRefusedException : Exception
{
    public OpeningKeyPostponementRefusedException(Guid tenderId, DateTimeOffset notBefore, DateTimeOffset newNotBefore)
        : base($"The opening key of tender {tenderId} cannot be moved from {notBefore:O} to the earlier {newNotBefore:O}: an opening can be postponed, never brought forward.")
    {
    }

    public OpeningKeyPostponementRefusedException()
    {
    }

    public OpeningKeyPostponementRefusedException(string message)
        : base(message)
    {
    }

    public OpeningKeyPostponementRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The tender's wrapped key could not be unwrapped: its tender id, <c>not_before</c>, key-encryption key id or bytes
/// were changed, or the key-encryption key it names is not configured.
/// </summary>
public sealed class OpeningKeyUnavailableException : Exception
{
    public OpeningKeyUnavailableException()
    {
    }

    public OpeningKeyUnavailableException(string message)
        : base(message)
    {
    }

    public OpeningKeyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
