using System.Globalization;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Opening;

/// <summary>
/// The <c>procurement/opening-key/v1</c> wrapping: the tender's 32-byte X25519 private key under AES-256-GCM with the
/// KEK, a random 96-bit nonce, and associated data binding the tender id, <c>not_before</c> and the KEK id.
/// </summary>
internal static class OpeningKeyWrap
{
    public const string V1 = "procurement/opening-key/v1";

    public static byte[] AssociatedData(Guid tenderId, DateTimeOffset notBefore, string keyEncryptionKeyId) => CanonicalFields.Encode(
        V1,
        tenderId.ToString("D"),
        UnixMicroseconds(notBefore).ToString(CultureInfo.InvariantCulture),
        keyEncryptionKeyId);

    /// <summary>
    /// Microseconds since 1970-01-01 UTC, rounded down: PostgreSQL's <c>timestamptz</c> keeps microseconds, so the time
    /// read back from the database gives the same value as the one the key was wrapped with.
    /// </summary>
    public static long UnixMicroseconds(DateTimeOffset time) =>
        (long)Math.Floor((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10m);
}
