using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Sealing.Keys;

namespace Procurement.Sealing.Tests;

public sealed class SealingRegistrationTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AddSealing_provides_every_port_with_keys_generated_under_the_data_directory()
    {
        await using var services = Build(new Dictionary<string, string?> { ["Sealing:GenerateMissingKeys"] = "true" });
        await using var scope = services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<IOpeningKeyVault>();
        var sealer = services.GetRequiredService<IBidSealer>();
        var signer = services.GetRequiredService<IReceiptSigner>();
        var verifier = services.GetRequiredService<IReceiptVerifier>();
        var notBefore = DateTimeOffset.UnixEpoch.AddYears(56);
        var context = SealingContext.ForBid(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1);

        var tenderKey = vault.CreateTenderKey(context.TenderId, notBefore);
        var sealedBid = sealer.Seal(Encoding.UTF8.GetBytes("bid"), tenderKey.PublicKey, context);
        using var opener = await vault.UnwrapForOpeningAsync(context.TenderId, tenderKey.Wrapped, notBefore, notBefore, CancellationToken.None);
        var receipt = signer.Sign(new BidReceipt("T-1", context.TenderId, context.SupplierId, context.BidId, 1, ReceiptKind.Submission, notBefore, [new ReceiptPart("bid", Convert.ToHexStringLower(sealedBid.CiphertextSha256))]));

        Assert.True(opener.Open(sealedBid, context).IsOpened);
        Assert.True(verifier.Verify(receipt.FileText).IsValid);
        Assert.True(File.Exists(Path.Combine(_data.Path, "keys", "kek.bin")));
        Assert.True(File.Exists(Path.Combine(_data.Path, "keys", "receipt-signing.key")));
    }

    [Fact]
    public async Task Registered_audit_logs_hear_about_every_attempt()
    {
        var auditLog = new RecordingAuditLog();
        await using var services = Build(new Dictionary<string, string?> { ["Sealing:GenerateMissingKeys"] = "true" }, extra => extra.AddSingleton<IOpeningKeyAuditLog>(auditLog));
        await using var scope = services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<IOpeningKeyVault>();
        var notBefore = DateTimeOffset.UnixEpoch.AddYears(56);
        var key = vault.CreateTenderKey(Guid.NewGuid(), notBefore);

        await Assert.ThrowsAsync<OpeningTooEarlyException>(() => vault.UnwrapForOpeningAsync(key.TenderId, key.Wrapped, notBefore, notBefore.AddMinutes(-1), CancellationToken.None));

        Assert.Equal(OpeningKeyAttemptOutcome.RefusedTooEarly, Assert.Single(auditLog.Attempts).Outcome);
    }

    [Fact]
    public async Task Configured_keys_are_read_from_configuration_including_environment_style_names()
    {
        var kek = Convert.ToBase64String(new byte[32]);
        await using var services = Build(new Dictionary<string, string?>
        {
            ["Sealing:KeyEncryptionKey"] = kek,
            ["Sealing:KeyEncryptionKeyId"] = "kek-test",
            ["Sealing:ReceiptSigningKey"] = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()),
        });

        var keys = services.GetRequiredService<PlatformKeys>();

        Assert.Equal("kek-test", keys.CurrentKeyEncryptionKeyId);
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "keys")));
    }

    [Fact]
    public async Task Without_keys_and_without_generation_resolving_the_keys_fails_with_a_clear_message()
    {
        await using var services = Build([]);

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<PlatformKeys>());

        Assert.Contains("Sealing:GenerateMissingKeys", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)).AddSealing(configuration, _data.Path);
        extra?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
