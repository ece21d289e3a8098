using System.Security.Cryptography;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Sealing.Bids;
using Procurement.Sealing.Keys;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Opening;

/// <summary>Opens parts sealed to one tender's key, which it holds until disposed.</summary>
internal sealed class BidOpener : IBidOpener
{
    private readonly byte[] _privateKey;
    private readonly byte[] _publicKey;
    private bool _disposed;

    public BidOpener(Guid tenderId, byte[] privateKey)
    {
        TenderId = tenderId;
        _privateKey = privateKey;
        _publicKey = Crypto.X25519PublicKey(privateKey);
        PublicKeyFingerprint = KeyFingerprint.Of(_publicKey);
    }

    public Guid TenderId { get; }

    public string PublicKeyFingerprint { get; }

    public OpenedPart Open(SealedPart part, SealingContext context)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(context);
        ObjectDisposedException.ThrowIf(_disposed, this);

        if (part.Format != SealFormat.V1)
        {
            return new OpenedPart(OpeningStatus.UnsupportedFormat, null);
        }

        if (part.EphemeralPublicKey is not { Length: Crypto.X25519KeySize }
            || part.Nonce is not { Length: Crypto.GcmNonceSize }
            || part.Ciphertext is not { Length: >= Crypto.GcmTagSize }
            || part.CiphertextSha256 is not { Length: 32 }
            || part.KeyCommitment is not { Length: SealFormat.KeyCommitmentSize })
        {
            return new OpenedPart(OpeningStatus.Malformed, null);
        }

        // The hash first: it is what the receipt and the public opening record show, so a changed ciphertext is
        // reported as such even when the tag would also fail.
        if (!CryptographicOperations.FixedTimeEquals(Crypto.Sha256(part.Ciphertext), part.CiphertextSha256))
        {
            return new OpenedPart(OpeningStatus.HashMismatch, null);
        }

        Span<byte> keys = stackalloc byte[Crypto.AesKeySize + SealFormat.KeyCommitmentSize];
        try
        {
            try
            {
                SealFormat.DeriveKeys(_privateKey, part.EphemeralPublicKey, part.EphemeralPublicKey, _publicKey, keys);
            }
            catch (InvalidOperationException)
            {
                // A low-order ephemeral key gives an all-zero shared secret, which BouncyCastle refuses.
                return new OpenedPart(OpeningStatus.WrongKey, null);
            }

            if (!CryptographicOperations.FixedTimeEquals(keys[Crypto.AesKeySize..], part.KeyCommitment))
            {
                return new OpenedPart(OpeningStatus.WrongKey, null);
            }

            var plaintext = Crypto.AesGcmDecrypt(keys[..Crypto.AesKeySize], part.Nonce, part.Ciphertext, SealFormat.AssociatedData(context));
            return plaintext is null ? new OpenedPart(OpeningStatus.AuthenticationFailed, null) : new OpenedPart(OpeningStatus.Opened, plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(keys);
        }
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            CryptographicOperations.ZeroMemory(_privateKey);
            _disposed = true;
        }
    }
}
