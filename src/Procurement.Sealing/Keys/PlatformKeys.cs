using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Procurement.Application.Bids.Ports;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Keys;

/// <summary>
/// The platform's long-lived sealing keys: the key-encryption keys (current and retired) and the receipt signing key
/// (with retired receipt public keys). Each comes from configuration, or else from a file under the data directory
/// (<c>keys/kek.bin</c>, <c>keys/receipt-signing.key</c>), which is generated when missing if
/// <c>Sealing:GenerateMissingKeys</c> is true.
/// </summary>
public sealed class PlatformKeys
{
    public const string KekFileName = "kek.bin";
    public const string ReceiptKeyFileName = "receipt-signing.key";

    private static readonly byte[] _ed25519SubjectPublicKeyInfoPrefix = Convert.FromHexString("302a300506032b6570032100");

    private readonly Dictionary<string, KeyEncryptionKey> _keyEncryptionKeys;
    private readonly Dictionary<string, byte[]> _receiptPublicKeys;

    private PlatformKeys(KeyEncryptionKey current, Dictionary<string, KeyEncryptionKey> keyEncryptionKeys, byte[] receiptPrivateKey, Dictionary<string, byte[]> receiptPublicKeys, string kekSource, string receiptKeySource)
    {
        CurrentKeyEncryptionKey = current;
        _keyEncryptionKeys = keyEncryptionKeys;
        ReceiptPrivateKey = receiptPrivateKey;
        var publicKey = Crypto.Ed25519PublicKey(receiptPrivateKey);
        ReceiptSigningKey = DescribeReceiptKey(publicKey);
        receiptPublicKeys[ReceiptSigningKey.KeyId] = publicKey;
        _receiptPublicKeys = receiptPublicKeys;
        KeyEncryptionKeySource = kekSource;
        ReceiptSigningKeySource = receiptKeySource;
    }

    /// <summary>Where the KEK came from, for the start-up log: configuration, or a file (and whether it was just generated).</summary>
    public string KeyEncryptionKeySource { get; }

    public string ReceiptSigningKeySource { get; }

    public string CurrentKeyEncryptionKeyId => CurrentKeyEncryptionKey.Id;

    public PlatformSigningKey ReceiptSigningKey { get; }

    internal KeyEncryptionKey CurrentKeyEncryptionKey { get; }

    internal byte[] ReceiptPrivateKey { get; }

    internal KeyEncryptionKey? FindKeyEncryptionKey(string id) => _keyEncryptionKeys.GetValueOrDefault(id);

    internal byte[]? FindReceiptPublicKey(string keyId) => _receiptPublicKeys.GetValueOrDefault(keyId);

    /// <summary>
    /// The id of a receipt signing key: <c>rcpt-</c> and the first 16 hex digits of SHA-256 of its public key, so it is
    /// public and changes with the key.
    /// </summary>
    public static string ReceiptKeyId(ReadOnlySpan<byte> publicKey) => "rcpt-" + Convert.ToHexStringLower(Crypto.Sha256(publicKey), 0, 8);

    internal static PlatformSigningKey DescribeReceiptKey(byte[] publicKey)
    {
        var spki = new byte[_ed25519SubjectPublicKeyInfoPrefix.Length + publicKey.Length];
        _ed25519SubjectPublicKeyInfoPrefix.CopyTo(spki, 0);
        publicKey.CopyTo(spki, _ed25519SubjectPublicKeyInfoPrefix.Length);
        var pem = "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(spki) + "\n-----END PUBLIC KEY-----\n";
        return new PlatformSigningKey(ReceiptKeyId(publicKey), publicKey, KeyFingerprint.Of(publicKey), pem);
    }

    internal static PlatformKeys Load(SealingOptions options, ILogger logger)
    {
        var (kek, kekSource) = LoadKeyEncryptionKey(options, logger);
        var keyEncryptionKeys = new Dictionary<string, KeyEncryptionKey>(StringComparer.Ordinal) { [kek.Id] = kek };
        foreach (var (id, value) in options.PreviousKeyEncryptionKeys)
        {
            if (!keyEncryptionKeys.TryAdd(id, new KeyEncryptionKey(id, Decode(value, $"Sealing:PreviousKeyEncryptionKeys:{id}", Crypto.AesKeySize))))
            {
                throw new InvalidOperationException($"Sealing:PreviousKeyEncryptionKeys:{id} has the id of the current key-encryption key; give each key its own id.");
            }
        }

        var (receiptKey, receiptSource) = LoadSecret(options, options.ReceiptSigningKey, "Sealing:ReceiptSigningKey", ReceiptKeyFileName, Crypto.Ed25519KeySize, "receipts signed with it verify only while its public key is kept.", logger);
        var receiptPublicKeys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (value, index) in options.ReceiptVerificationKeys.Select((value, index) => (value, index)))
        {
            var publicKey = Decode(value, $"Sealing:ReceiptVerificationKeys:{index}", Crypto.Ed25519KeySize);
            receiptPublicKeys[ReceiptKeyId(publicKey)] = publicKey;
        }

        return new PlatformKeys(kek, keyEncryptionKeys, receiptKey, receiptPublicKeys, kekSource, receiptSource);
    }

    private static (KeyEncryptionKey Key, string Source) LoadKeyEncryptionKey(SealingOptions options, ILogger logger)
    {
        var (key, source) = LoadSecret(options, options.KeyEncryptionKey, "Sealing:KeyEncryptionKey", KekFileName, Crypto.AesKeySize, "without it, the sealed bids of tenders not yet opened can never be opened.", logger);
        return (new KeyEncryptionKey(options.KeyEncryptionKeyId ?? KeyEncryptionKey.DerivedId(key), key), source);
    }

    private static (byte[] Key, string Source) LoadSecret(SealingOptions options, string? configured, string setting, string fileName, int length, string whyItMatters, ILogger logger)
    {
        if (configured is not null)
        {
            return (Decode(configured, setting, length), "configuration " + setting);
        }

        var path = Path.Combine(options.KeyDirectory, fileName);
        if (File.Exists(path))
        {
            if (KeyFile.IsExposed(path))
            {
                logger.LogWarning("The key file {Path} can be read by users other than its owner; make it mode 0600 (chmod 600).", path);
            }

            return (KeyFile.Read(path, length), "file " + path);
        }

        if (!options.GenerateMissingKeys)
        {
            throw new InvalidOperationException(
                $"No {setting} is configured and {path} does not exist. In production set {setting} (environment variable " +
                $"{setting.Replace(":", "__", StringComparison.Ordinal)}) to base64 of {length} random bytes from a secret store; " +
                "to let the app generate key files under the data directory, set Sealing:GenerateMissingKeys=true.");
        }

        var (key, created) = KeyFile.ReadOrCreate(path, length, () => Crypto.RandomBytes(length));
        if (created)
        {
            logger.LogWarning("Generated a new {Setting} in {Path}. Back it up, apart from database backups: {WhyItMatters}", setting, path, whyItMatters);
        }

        return (key, (created ? "file generated now " : "file ") + path);
    }

    private static byte[] Decode(string base64, string setting, int length)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{setting} is not valid base64; it must be base64 of exactly {length} bytes.");
        }

        if (key.Length != length)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new InvalidOperationException($"{setting} decodes to {key.Length} bytes; it must be base64 of exactly {length} bytes.");
        }

        return key;
    }
}
