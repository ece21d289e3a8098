using System.Text;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Keys;

/// <summary>How public keys are shown to people: SHA-256 of the raw key, upper-case hex in groups of four.</summary>
public static class KeyFingerprint
{
    public static string Of(ReadOnlySpan<byte> publicKey)
    {
        var hex = Convert.ToHexString(Crypto.Sha256(publicKey));
        var text = new StringBuilder(hex.Length + (hex.Length / 4));
        for (var i = 0; i < hex.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(hex, i, 4);
        }

        return text.ToString();
    }
}
