using Microsoft.Extensions.Configuration;

namespace Procurement.Sealing.Keys;

/// <summary>The <c>Sealing</c> configuration section (docs/operations.md lists every key).</summary>
internal sealed record SealingOptions
{
    public const string Section = "Sealing";

    /// <summary>Base64 of the 32-byte key-encryption key; empty: the file <c>kek.bin</c> in <see cref="KeyDirectory"/>.</summary>
    public string? KeyEncryptionKey { get; init; }

    /// <summary>The KEK's id; empty: derived from the key (<see cref="Keys.KeyEncryptionKey.DerivedId"/>).</summary>
    public string? KeyEncryptionKeyId { get; init; }

    /// <summary>Retired KEKs by id, base64, kept to unwrap (and rewrap) tender keys wrapped before a rotation.</summary>
    public IReadOnlyDictionary<string, string> PreviousKeyEncryptionKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>Base64 of the 32-byte Ed25519 private key for receipts; empty: the file <c>receipt-signing.key</c>.</summary>
    public string? ReceiptSigningKey { get; init; }

    /// <summary>Base64 public keys of retired receipt signing keys, so older receipts still verify.</summary>
    public IReadOnlyList<string> ReceiptVerificationKeys { get; init; } = [];

    /// <summary>Create missing key files (development, tests, a single-machine install); otherwise a missing key stops start-up.</summary>
    public bool GenerateMissingKeys { get; init; }

    public required string KeyDirectory { get; init; }

    public static SealingOptions From(IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(Section);
        var generate = section["GenerateMissingKeys"];
        if (!string.IsNullOrWhiteSpace(generate) && !bool.TryParse(generate, out _))
        {
            throw new InvalidOperationException("Sealing:GenerateMissingKeys must be true or false.");
        }

        return new SealingOptions
        {
            KeyEncryptionKey = Blank(section["KeyEncryptionKey"]),
            KeyEncryptionKeyId = Blank(section["KeyEncryptionKeyId"]),
            PreviousKeyEncryptionKeys = section.GetSection("PreviousKeyEncryptionKeys").GetChildren()
                .Where(child => !string.IsNullOrWhiteSpace(child.Value))
                .ToDictionary(child => child.Key, child => child.Value!, StringComparer.Ordinal),
            ReceiptSigningKey = Blank(section["ReceiptSigningKey"]),
            ReceiptVerificationKeys = section.GetSection("ReceiptVerificationKeys").GetChildren()
                .Select(child => child.Value).OfType<string>().Where(value => value.Length > 0).ToList(),
            GenerateMissingKeys = bool.TryParse(generate, out var yes) && yes,
            KeyDirectory = Path.Combine(Path.GetFullPath(dataDirectory), "keys"),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
