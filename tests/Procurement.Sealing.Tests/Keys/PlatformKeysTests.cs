using Microsoft.Extensions.Logging.Abstractions;
using Procurement.Sealing.Keys;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Tests.Keys;

public sealed class PlatformKeysTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private string KeyDirectory => Path.Combine(_data.Path, "keys");

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Missing_key_files_are_generated_once_readable_by_the_owner_only_and_then_reused()
    {
        var first = Load(generate: true);
        var kekFile = Path.Combine(KeyDirectory, "kek.bin");
        var receiptFile = Path.Combine(KeyDirectory, "receipt-signing.key");
        var kekBytes = File.ReadAllBytes(kekFile);

        var second = Load(generate: true);

        Assert.Equal(32, kekBytes.Length);
        Assert.Equal(32, File.ReadAllBytes(receiptFile).Length);
        Assert.Equal(kekBytes, File.ReadAllBytes(kekFile));
        Assert.Equal(first.CurrentKeyEncryptionKeyId, second.CurrentKeyEncryptionKeyId);
        Assert.Equal(first.ReceiptSigningKey.PublicKey, second.ReceiptSigningKey.PublicKey);
        Assert.StartsWith("file generated now ", first.KeyEncryptionKeySource, StringComparison.Ordinal);
        Assert.StartsWith("file ", second.KeyEncryptionKeySource, StringComparison.Ordinal);
        Assert.DoesNotContain("generated", second.KeyEncryptionKeySource, StringComparison.Ordinal);
        Assert.Equal(["kek.bin", "kek.bin.lock", "receipt-signing.key", "receipt-signing.key.lock"], Directory.GetFiles(KeyDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kekFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(receiptFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(KeyDirectory));
        }
    }

    [Fact]
    public void Two_loads_at_once_agree_on_one_key()
    {
        var loaded = new PlatformKeys[8];

        Parallel.For(0, loaded.Length, i => loaded[i] = Load(generate: true));

        Assert.Single(loaded.Select(keys => keys.CurrentKeyEncryptionKeyId).Distinct());
        Assert.Single(loaded.Select(keys => keys.ReceiptSigningKey.KeyId).Distinct());
        // The two keys, and the lock file each was created under; no temporary file left behind.
        Assert.Equal(["kek.bin", "kek.bin.lock", "receipt-signing.key", "receipt-signing.key.lock"], Directory.GetFiles(KeyDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_configured_keys_or_files_start_up_stops_unless_generation_is_allowed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load(generate: false));

        Assert.Contains("Sealing:KeyEncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sealing__KeyEncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(KeyDirectory));
    }

    [Fact]
    public void Existing_key_files_are_used_even_when_generation_is_off()
    {
        var generated = Load(generate: true);

        var reloaded = Load(generate: false);

        Assert.Equal(generated.CurrentKeyEncryptionKeyId, reloaded.CurrentKeyEncryptionKeyId);
    }

    [Fact]
    public void Configured_keys_win_and_no_file_is_written()
    {
        var kek = Crypto.RandomBytes(32);
        var receiptKey = Crypto.RandomBytes(32);

        var keys = Load(generate: true, kek: Convert.ToBase64String(kek), receiptKey: Convert.ToBase64String(receiptKey));

        Assert.Equal(KeyEncryptionKey.DerivedId(kek), keys.CurrentKeyEncryptionKeyId);
        Assert.Equal(Crypto.Ed25519PublicKey(receiptKey), keys.ReceiptSigningKey.PublicKey);
        Assert.Equal("configuration Sealing:KeyEncryptionKey", keys.KeyEncryptionKeySource);
        Assert.False(Directory.Exists(KeyDirectory));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void A_configured_key_that_is_not_base64_of_32_bytes_is_refused_without_echoing_it(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load(generate: true, kek: value));

        Assert.Contains("Sealing:KeyEncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_key_file_is_refused()
    {
        Load(generate: true);
        File.WriteAllBytes(Path.Combine(KeyDirectory, "kek.bin"), new byte[31]);

        Assert.Throws<InvalidOperationException>(() => Load(generate: true));
    }

    [Fact]
    public void A_derived_KEK_id_is_stable_and_differs_between_keys()
    {
        var kek = Crypto.RandomBytes(32);

        Assert.Equal(KeyEncryptionKey.DerivedId(kek), KeyEncryptionKey.DerivedId((byte[])kek.Clone()));
        Assert.NotEqual(KeyEncryptionKey.DerivedId(kek), KeyEncryptionKey.DerivedId(Crypto.RandomBytes(32)));
        Assert.Matches("^kek-[0-9a-f]{16}$", KeyEncryptionKey.DerivedId(kek));
    }

    [Fact]
    public void A_configured_KEK_id_is_used_as_given()
    {
        var keys = Load(generate: false, kek: Convert.ToBase64String(Crypto.RandomBytes(32)), kekId: "kek-2026-03", receiptKey: Convert.ToBase64String(Crypto.RandomBytes(32)));

        Assert.Equal("kek-2026-03", keys.CurrentKeyEncryptionKeyId);
    }

    [Fact]
    public void The_receipt_public_key_is_published_as_a_standard_PEM()
    {
        var keys = Load(generate: true);
        var pem = keys.ReceiptSigningKey.PublicKeyPem;

        var der = Convert.FromBase64String(pem.Replace("-----BEGIN PUBLIC KEY-----", "", StringComparison.Ordinal).Replace("-----END PUBLIC KEY-----", "", StringComparison.Ordinal).Trim());

        Assert.Equal(44, der.Length);
        Assert.Equal(keys.ReceiptSigningKey.PublicKey, der[12..]);
        Assert.Equal(PlatformKeys.ReceiptKeyId(keys.ReceiptSigningKey.PublicKey), keys.ReceiptSigningKey.KeyId);
    }

    private PlatformKeys Load(bool generate, string? kek = null, string? kekId = null, string? receiptKey = null) =>
        PlatformKeys.Load(
            new SealingOptions { KeyDirectory = KeyDirectory, GenerateMissingKeys = generate, KeyEncryptionKey = kek, KeyEncryptionKeyId = kekId, ReceiptSigningKey = receiptKey },
            NullLogger.Instance);
}
