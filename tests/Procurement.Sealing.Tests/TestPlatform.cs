using Microsoft.Extensions.Logging.Abstractions;
using Procurement.Application.Opening.Ports;
using Procurement.Sealing.Bids;
using Procurement.Sealing.Keys;
using Procurement.Sealing.Opening;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Tests;

/// <summary>A platform's keys and services, built from configured keys (no files) unless a key directory is given.</summary>
internal sealed class TestPlatform
{
    public TestPlatform(byte[]? kek = null, string? kekId = null, IReadOnlyDictionary<string, string>? previousKeks = null, byte[]? receiptKey = null, IReadOnlyList<string>? retiredReceiptKeys = null)
    {
        Keys = PlatformKeys.Load(
            new SealingOptions
            {
                KeyEncryptionKey = Convert.ToBase64String(kek ?? Crypto.RandomBytes(32)),
                KeyEncryptionKeyId = kekId,
                PreviousKeyEncryptionKeys = previousKeks ?? new Dictionary<string, string>(),
                ReceiptSigningKey = Convert.ToBase64String(receiptKey ?? Crypto.RandomBytes(32)),
                ReceiptVerificationKeys = retiredReceiptKeys ?? [],
                KeyDirectory = "/nonexistent/keys-must-not-be-read",
            },
            NullLogger.Instance);
        Vault = new OpeningKeyVault(Keys, [AuditLog], NullLogger<OpeningKeyVault>.Instance);
    }

    public PlatformKeys Keys { get; }

    public RecordingAuditLog AuditLog { get; } = new();

    public OpeningKeyVault Vault { get; }

    public BidSealer Sealer { get; } = new();

    public ReceiptSigner Signer => new(Keys);

    public ReceiptVerifier Verifier => new(Keys);
}

internal sealed class RecordingAuditLog : IOpeningKeyAuditLog
{
    public List<OpeningKeyAttempt> Attempts { get; } = [];

    public Exception? FailWith { get; set; }

    public Task RecordAsync(OpeningKeyAttempt attempt, CancellationToken cancellationToken)
    {
        if (FailWith is not null)
        {
            throw FailWith;
        }

        Attempts.Add(attempt);
        return Task.CompletedTask;
    }
}

/// <summary>A folder under the temporary directory, deleted afterwards.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "procurement-sealing-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
