using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Procurement.Application.Opening.Ports;
using Procurement.Sealing.Keys;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Opening;

/// <summary>Creates, wraps and releases tender opening keys (<see cref="OpeningKeyWrap"/>), recording every attempt.</summary>
internal sealed class OpeningKeyVault(PlatformKeys keys, IEnumerable<IOpeningKeyAuditLog> auditLogs, ILogger<OpeningKeyVault> logger) : IOpeningKeyVault
{
    private readonly IReadOnlyList<IOpeningKeyAuditLog> _auditLogs = auditLogs.ToList();

    public TenderOpeningKey CreateTenderKey(Guid tenderId, DateTimeOffset notBefore)
    {
        var privateKey = Crypto.NewX25519PrivateKey();
        try
        {
            var publicKey = Crypto.X25519PublicKey(privateKey);
            var fingerprint = KeyFingerprint.Of(publicKey);
            logger.LogInformation("Created the opening key of tender {TenderId}, not before {NotBefore:O}, fingerprint {Fingerprint}, wrapped with {KeyEncryptionKeyId}.", tenderId, notBefore, fingerprint, keys.CurrentKeyEncryptionKeyId);
            return new TenderOpeningKey(tenderId, notBefore, publicKey, fingerprint, Wrap(tenderId, notBefore, privateKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    public async Task<IBidOpener> UnwrapForOpeningAsync(Guid tenderId, WrappedOpeningKey wrapped, DateTimeOffset notBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (now < notBefore)
        {
            await RecordAsync(new OpeningKeyAttempt(tenderId, wrapped.KeyEncryptionKeyId, notBefore, now, OpeningKeyAttemptOutcome.RefusedTooEarly), cancellationToken);
            throw new OpeningTooEarlyException(tenderId, notBefore, now);
        }

        var privateKey = await UnwrapAsync(tenderId, wrapped, notBefore, now, cancellationToken);
        try
        {
            await RecordAsync(new OpeningKeyAttempt(tenderId, wrapped.KeyEncryptionKeyId, notBefore, now, OpeningKeyAttemptOutcome.Released), cancellationToken);
        }
        catch
        {
            // No key is released without its audit record.
            CryptographicOperations.ZeroMemory(privateKey);
            throw;
        }

        return new BidOpener(tenderId, privateKey);
    }

    public async Task<WrappedOpeningKey> RewrapAsync(Guid tenderId, WrappedOpeningKey wrapped, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        var privateKey = await UnwrapAsync(tenderId, wrapped, notBefore, now: null, cancellationToken);
        try
        {
            await RecordAsync(new OpeningKeyAttempt(tenderId, wrapped.KeyEncryptionKeyId, notBefore, null, OpeningKeyAttemptOutcome.Rewrapped), cancellationToken);
            return Wrap(tenderId, notBefore, privateKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    public async Task<WrappedOpeningKey> PostponeAsync(Guid tenderId, WrappedOpeningKey wrapped, DateTimeOffset notBefore, DateTimeOffset newNotBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (OpeningKeyWrap.UnixMicroseconds(newNotBefore) < OpeningKeyWrap.UnixMicroseconds(notBefore))
        {
            await RecordAsync(new OpeningKeyAttempt(tenderId, wrapped.KeyEncryptionKeyId, notBefore, null, OpeningKeyAttemptOutcome.RefusedEarlier, newNotBefore), cancellationToken);
            throw new OpeningKeyPostponementRefusedException(tenderId, notBefore, newNotBefore);
        }

        var privateKey = await UnwrapAsync(tenderId, wrapped, notBefore, now: null, cancellationToken);
        try
        {
            await RecordAsync(new OpeningKeyAttempt(tenderId, wrapped.KeyEncryptionKeyId, notBefore, null, OpeningKeyAttemptOutcome.Postponed, newNotBefore), cancellationToken);
            return Wrap(tenderId, newNotBefore, privateKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    private WrappedOpeningKey Wrap(Guid tenderId, DateTimeOffset notBefore, byte[] privateKey)
    {
        var kek = keys.CurrentKeyEncryptionKey;
        var nonce = Crypto.RandomBytes(Crypto.GcmNonceSize);
        var ciphertext = Crypto.AesGcmEncrypt(kek.Key, nonce, privateKey, OpeningKeyWrap.AssociatedData(tenderId, notBefore, kek.Id));
        return new WrappedOpeningKey(OpeningKeyWrap.V1, kek.Id, nonce, ciphertext);
    }

    private async Task<byte[]> UnwrapAsync(Guid tenderId, WrappedOpeningKey wrapped, DateTimeOffset notBefore, DateTimeOffset? now, CancellationToken cancellationToken)
    {
        var kek = keys.FindKeyEncryptionKey(wrapped.KeyEncryptionKeyId);
        if (kek is null)
        {
            await RecordAsync(new OpeningKeyAttempt(tenderId, wrapped.KeyEncryptionKeyId, notBefore, now, OpeningKeyAttemptOutcome.UnknownKeyEncryptionKey), cancellationToken);
            throw new OpeningKeyUnavailableException(
                $"The opening key of tender {tenderId} is wrapped with key-encryption key '{wrapped.KeyEncryptionKeyId}', which is not configured " +
                $"(the current one is '{keys.CurrentKeyEncryptionKeyId}'). Add it under Sealing:PreviousKeyEncryptionKeys.");
        }

        var privateKey = wrapped.Format == OpeningKeyWrap.V1 && wrapped.Nonce is { Length: Crypto.GcmNonceSize } && wrapped.Ciphertext is not null
            ? Crypto.AesGcmDecrypt(kek.Key, wrapped.Nonce, wrapped.Ciphertext, OpeningKeyWrap.AssociatedData(tenderId, notBefore, kek.Id))
            : null;
        if (privateKey is not { Length: Crypto.X25519KeySize })
        {
            if (privateKey is not null)
            {
                CryptographicOperations.ZeroMemory(privateKey);
            }

            await RecordAsync(new OpeningKeyAttempt(tenderId, wrapped.KeyEncryptionKeyId, notBefore, now, OpeningKeyAttemptOutcome.UnwrapFailed), cancellationToken);
            throw new OpeningKeyUnavailableException(
                $"The opening key of tender {tenderId} does not unwrap: its tender id, not_before ({notBefore:O}), key-encryption key id or " +
                "wrapped bytes are not the ones it was created with, or the key-encryption key with that id was replaced.");
        }

        return privateKey;
    }

    private async Task RecordAsync(OpeningKeyAttempt attempt, CancellationToken cancellationToken)
    {
        var level = attempt.Outcome is OpeningKeyAttemptOutcome.Released or OpeningKeyAttemptOutcome.Rewrapped or OpeningKeyAttemptOutcome.Postponed ? LogLevel.Information : LogLevel.Warning;
        logger.Log(level, "Opening key of tender {TenderId}: {Outcome} (not before {NotBefore:O}, new not before {NewNotBefore:O}, database time {Now:O}, key-encryption key {KeyEncryptionKeyId}).", attempt.TenderId, attempt.Outcome, attempt.NotBefore, attempt.NewNotBefore, attempt.Now, attempt.KeyEncryptionKeyId);
        foreach (var auditLog in _auditLogs)
        {
            await auditLog.RecordAsync(attempt, cancellationToken);
        }
    }
}
