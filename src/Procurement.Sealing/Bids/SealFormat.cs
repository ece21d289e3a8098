using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Procurement.Application.Bids.Ports;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Bids;

/// <summary>
/// The <c>procurement/bid/v1</c> construction, shared by sealing and opening (docs/security.md, "Sealed bids"):
/// X25519(ephemeral, tender) → HKDF-SHA256(salt = ephemeral public ‖ tender public, info = the format name) → 64
/// bytes: the AES-256-GCM key, then a 32-byte key commitment; associated data = the canonical encoding of the context.
/// </summary>
internal static class SealFormat
{
    public const string V1 = "procurement/bid/v1";
    public const int KeyCommitmentSize = 32;

    private static readonly byte[] _info = Encoding.ASCII.GetBytes(V1);

    public static byte[] AssociatedData(SealingContext context) => CanonicalFields.Encode(
        V1,
        context.TenderId.ToString("D"),
        context.SupplierId.ToString("D"),
        context.BidId.ToString("D"),
        context.BidVersion.ToString(CultureInfo.InvariantCulture),
        context.PartName);

    /// <summary>
    /// Derives the 32-byte encryption key followed by the 32-byte key commitment into <paramref name="keyAndCommitment"/>
    /// (64 bytes). The caller clears it.
    /// </summary>
    public static void DeriveKeys(ReadOnlySpan<byte> ourPrivateKey, byte[] theirPublicKey, byte[] ephemeralPublicKey, byte[] tenderPublicKey, Span<byte> keyAndCommitment)
    {
        Span<byte> shared = stackalloc byte[Crypto.X25519KeySize];
        try
        {
            Crypto.X25519(ourPrivateKey, theirPublicKey, shared);
            Crypto.HkdfSha256(shared, [.. ephemeralPublicKey, .. tenderPublicKey], _info, keyAndCommitment);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
        }
    }
}
