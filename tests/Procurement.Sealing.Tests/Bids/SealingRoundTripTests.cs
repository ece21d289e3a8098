using System.Security.Cryptography;
using System.Text;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Tests.Bids;

public sealed class SealingRoundTripTests
{
    private static readonly DateTimeOffset _deadline = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly TestPlatform _platform = new();

    public static TheoryData<int> Sizes => [0, 1, 15, 16, 17, 1000, 3 * 1024 * 1024 + 7];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task A_sealed_bid_opens_to_the_same_bytes(int size)
    {
        var plaintext = RandomNumberGenerator.GetBytes(size);
        var context = SealingContext.ForBid(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1);
        var tenderKey = _platform.Vault.CreateTenderKey(context.TenderId, _deadline);

        var sealedPart = _platform.Sealer.Seal(plaintext, tenderKey.PublicKey, context);
        using var opener = await _platform.Vault.UnwrapForOpeningAsync(context.TenderId, tenderKey.Wrapped, _deadline, _deadline, CancellationToken.None);
        var opened = opener.Open(sealedPart, context);

        Assert.Equal(OpeningStatus.Opened, opened.Status);
        Assert.Equal(plaintext, opened.Plaintext);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2 * 1024 * 1024)]
    public async Task A_sealed_attachment_opens_to_the_same_bytes(int size)
    {
        var plaintext = RandomNumberGenerator.GetBytes(size);
        var context = SealingContext.ForAttachment(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 3, 2);
        var tenderKey = _platform.Vault.CreateTenderKey(context.TenderId, _deadline);

        var sealedPart = _platform.Sealer.Seal(plaintext, tenderKey.PublicKey, context);
        using var opener = await _platform.Vault.UnwrapForOpeningAsync(context.TenderId, tenderKey.Wrapped, _deadline, _deadline.AddHours(1), CancellationToken.None);

        Assert.Equal("attachment:2", context.PartName);
        Assert.Equal(plaintext, opener.Open(sealedPart, context).Plaintext);
    }

    [Fact]
    public void A_sealed_part_holds_what_is_persisted_and_not_the_plaintext()
    {
        var plaintext = Encoding.UTF8.GetBytes("Lot 1: EUR 1,250,000.00; valid 90 days");
        var context = SealingContext.ForBid(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1);
        var tenderKey = _platform.Vault.CreateTenderKey(context.TenderId, _deadline);

        var sealedPart = _platform.Sealer.Seal(plaintext, tenderKey.PublicKey, context);

        Assert.Equal("procurement/bid/v1", sealedPart.Format);
        Assert.Equal(32, sealedPart.EphemeralPublicKey.Length);
        Assert.Equal(12, sealedPart.Nonce.Length);
        Assert.Equal(plaintext.Length + 16, sealedPart.Ciphertext.Length);
        Assert.Equal(SHA256.HashData(sealedPart.Ciphertext), sealedPart.CiphertextSha256);
        Assert.Equal(32, sealedPart.KeyCommitment.Length);
        Assert.DoesNotContain("1,250,000", Encoding.UTF8.GetString(sealedPart.Ciphertext), StringComparison.Ordinal);
    }

    [Fact]
    public void Sealing_the_same_bid_twice_gives_unrelated_ciphertexts()
    {
        var plaintext = Encoding.UTF8.GetBytes("the same bid");
        var context = SealingContext.ForBid(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1);
        var tenderKey = _platform.Vault.CreateTenderKey(context.TenderId, _deadline);

        var first = _platform.Sealer.Seal(plaintext, tenderKey.PublicKey, context);
        var second = _platform.Sealer.Seal(plaintext, tenderKey.PublicKey, context);

        Assert.NotEqual(first.EphemeralPublicKey, second.EphemeralPublicKey);
        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
    }

    [Fact]
    public void The_tender_public_key_must_be_32_bytes() =>
        Assert.Throws<ArgumentException>(() => _platform.Sealer.Seal([1], new byte[31], SealingContext.ForBid(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1)));

    [Theory]
    [InlineData("")]
    [InlineData("Bid")]
    [InlineData("attachment 1")]
    [InlineData("attachment:1\n")]
    public void A_part_name_is_restricted_to_a_small_alphabet(string name) =>
        Assert.Throws<ArgumentException>(() => new SealingContext(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, name));

    [Fact]
    public void Bid_versions_start_at_1() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SealingContext.ForBid(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 0));

    [Fact]
    public void The_tender_fingerprint_is_the_grouped_SHA_256_of_the_public_key()
    {
        var tenderKey = _platform.Vault.CreateTenderKey(Guid.NewGuid(), _deadline);

        var expected = string.Join(' ', Convert.ToHexString(Crypto.Sha256(tenderKey.PublicKey)).Chunk(4).Select(group => new string(group)));

        Assert.Equal(expected, tenderKey.Fingerprint);
        Assert.Equal(16, tenderKey.Fingerprint.Split(' ').Length);
    }
}
