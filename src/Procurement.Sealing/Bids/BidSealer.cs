using System.Security.Cryptography;
using Procurement.Application.Bids.Ports;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Bids;

/// <summary>Seals a bid or attachment to the tender's public key with a fresh ephemeral X25519 key (<see cref="SealFormat"/>).</summary>
internal sealed class BidSealer : IBidSealer
{
    public SealedPart Seal(ReadOnlySpan<byte> plaintext, byte[] tenderPublicKey, SealingContext context)
    {
        ArgumentNullException.ThrowIfNull(tenderPublicKey);
        ArgumentNullException.ThrowIfNull(context);
        if (tenderPublicKey.Length != Crypto.X25519KeySize)
        {
            throw new ArgumentException("A tender public key is 32 bytes (X25519).", nameof(tenderPublicKey));
        }

        var ephemeralPrivateKey = Crypto.NewX25519PrivateKey();
        Span<byte> keys = stackalloc byte[Crypto.AesKeySize + SealFormat.KeyCommitmentSize];
        try
        {
            var ephemeralPublicKey = Crypto.X25519PublicKey(ephemeralPrivateKey);
            SealFormat.DeriveKeys(ephemeralPrivateKey, tenderPublicKey, ephemeralPublicKey, tenderPublicKey, keys);
            var nonce = Crypto.RandomBytes(Crypto.GcmNonceSize);
            var ciphertext = Crypto.AesGcmEncrypt(keys[..Crypto.AesKeySize], nonce, plaintext, SealFormat.AssociatedData(context));
            return new SealedPart(
                SealFormat.V1,
                ephemeralPublicKey,
                nonce,
                ciphertext,
                Crypto.Sha256(ciphertext),
                keys[Crypto.AesKeySize..].ToArray());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(keys);
            CryptographicOperations.ZeroMemory(ephemeralPrivateKey);
        }
    }
}
