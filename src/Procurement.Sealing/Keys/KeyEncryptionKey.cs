using System.Text;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Keys;

/// <summary>
/// A platform key-encryption key (KEK): 32 bytes that wrap the tender opening keys. Its id is stored beside every key
/// it wraps, so that after a rotation the vault knows which KEK to unwrap with.
/// </summary>
internal sealed class KeyEncryptionKey
{
    public KeyEncryptionKey(string id, byte[] key)
    {
        if (key.Length != Crypto.AesKeySize)
        {
            throw new ArgumentException("A key-encryption key is 32 bytes.", nameof(key));
        }

        Id = id;
        Key = key;
    }

    public string Id { get; }

    public byte[] Key { get; }

    /// <summary>
    /// The id used when none is configured: <c>kek-</c> and the first 16 hex digits of SHA-256 over a fixed label and
    /// the key. It changes whenever the key does, so a KEK replaced by mistake is named, not silently tried.
    /// </summary>
    public static string DerivedId(ReadOnlySpan<byte> key)
    {
        var label = Encoding.ASCII.GetBytes("procurement/kek-id/v1");
        var input = new byte[label.Length + key.Length];
        label.CopyTo(input, 0);
        key.CopyTo(input.AsSpan(label.Length));
        var hash = Crypto.Sha256(input);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(input);
        return "kek-" + Convert.ToHexStringLower(hash, 0, 8);
    }
}
