using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Procurement.Sealing.Primitives;

/// <summary>
/// The primitives, each a thin call into BouncyCastle, so that every construction in this project goes through one
/// place that the known-answer tests (RFC 7748, RFC 5869, RFC 8032) check. Buffers created here are cleared; the
/// copies BouncyCastle's parameter objects keep internally cannot be, and are left to the garbage collector.
/// </summary>
internal static class Crypto
{
    public const int X25519KeySize = 32;
    public const int Ed25519KeySize = 32;
    public const int Ed25519SignatureSize = 64;
    public const int AesKeySize = 32;
    public const int GcmNonceSize = 12;
    public const int GcmTagSize = 16;

    // BouncyCastle's SecureRandom is seeded from the operating system's generator and is safe to share between threads.
    private static readonly SecureRandom _random = new();

    public static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A new X25519 private key (32 bytes, as RFC 7748 encodes it).</summary>
    public static byte[] NewX25519PrivateKey()
    {
        var key = new X25519PrivateKeyParameters(_random);
        return key.GetEncoded();
    }

    public static byte[] X25519PublicKey(ReadOnlySpan<byte> privateKey) =>
        new X25519PrivateKeyParameters(privateKey).GeneratePublicKey().GetEncoded();

    /// <summary>
    /// The RFC 7748 X25519 function. Throws <see cref="InvalidOperationException"/> when the result is all zeros (a
    /// low-order public key), which BouncyCastle refuses.
    /// </summary>
    public static void X25519(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> publicKey, Span<byte> sharedSecret)
    {
        var agreement = new Org.BouncyCastle.Crypto.Agreement.X25519Agreement();
        agreement.Init(new X25519PrivateKeyParameters(privateKey));
        agreement.CalculateAgreement(new X25519PublicKeyParameters(publicKey), sharedSecret);
    }

    /// <summary>HKDF with SHA-256 (RFC 5869), extract then expand, into <paramref name="output"/>.</summary>
    public static void HkdfSha256(ReadOnlySpan<byte> inputKeyMaterial, byte[] salt, byte[] info, Span<byte> output)
    {
        var ikm = inputKeyMaterial.ToArray();
        try
        {
            var hkdf = new HkdfBytesGenerator(new Sha256Digest());
            hkdf.Init(new HkdfParameters(ikm, salt, info));
            hkdf.GenerateBytes(output);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(ikm);
        }
    }

    /// <summary>AES-256-GCM with a 96-bit nonce and a 128-bit tag; the tag is appended to the ciphertext.</summary>
    public static byte[] AesGcmEncrypt(ReadOnlySpan<byte> key, byte[] nonce, ReadOnlySpan<byte> plaintext, byte[] associatedData)
    {
        var cipher = NewGcm(forEncryption: true, key, nonce, associatedData);
        var output = new byte[cipher.GetOutputSize(plaintext.Length)];
        var written = cipher.ProcessBytes(plaintext, output);
        written += cipher.DoFinal(output.AsSpan(written));
        return written == output.Length ? output : output[..written];
    }

    /// <summary>Decrypts and checks the tag. Returns null, never throws, when the tag does not verify.</summary>
    public static byte[]? AesGcmDecrypt(ReadOnlySpan<byte> key, byte[] nonce, ReadOnlySpan<byte> ciphertextAndTag, byte[] associatedData)
    {
        if (ciphertextAndTag.Length < GcmTagSize)
        {
            return null;
        }

        var cipher = NewGcm(forEncryption: false, key, nonce, associatedData);
        var output = new byte[cipher.GetOutputSize(ciphertextAndTag.Length)];
        try
        {
            var written = cipher.ProcessBytes(ciphertextAndTag, output);
            written += cipher.DoFinal(output.AsSpan(written));
            return written == output.Length ? output : output[..written];
        }
        catch (InvalidCipherTextException)
        {
            // The plaintext written so far is unauthenticated: it must not outlive the failure.
            CryptographicOperations.ZeroMemory(output);
            return null;
        }
    }

    public static byte[] Ed25519PublicKey(ReadOnlySpan<byte> privateKey) =>
        new Ed25519PrivateKeyParameters(privateKey).GeneratePublicKey().GetEncoded();

    /// <summary>Pure Ed25519 (RFC 8032, no context, no pre-hash), so any standard tool verifies the signature.</summary>
    public static byte[] Ed25519Sign(ReadOnlySpan<byte> privateKey, byte[] message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, new Ed25519PrivateKeyParameters(privateKey));
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }

    /// <summary>False, never an exception, for a malformed key or signature.</summary>
    public static bool Ed25519Verify(ReadOnlySpan<byte> publicKey, byte[] message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != Ed25519KeySize || signature.Length != Ed25519SignatureSize)
        {
            return false;
        }

        try
        {
            var verifier = new Ed25519Signer();
            verifier.Init(false, new Ed25519PublicKeyParameters(publicKey));
            verifier.BlockUpdate(message, 0, message.Length);
            return verifier.VerifySignature(signature.ToArray());
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static byte[] Sha256(ReadOnlySpan<byte> data) => SHA256.HashData(data);

    private static GcmBlockCipher NewGcm(bool forEncryption, ReadOnlySpan<byte> key, byte[] nonce, byte[] associatedData)
    {
        if (key.Length != AesKeySize)
        {
            throw new ArgumentException("AES-256 needs a 32-byte key.", nameof(key));
        }

        if (nonce.Length != GcmNonceSize)
        {
            throw new ArgumentException("The GCM nonce is 12 bytes.", nameof(nonce));
        }

        var cipher = new GcmBlockCipher(AesUtilities.CreateEngine());
        cipher.Init(forEncryption, new AeadParameters(new KeyParameter(key), GcmTagSize * 8, nonce, associatedData));
        return cipher;
    }
}
