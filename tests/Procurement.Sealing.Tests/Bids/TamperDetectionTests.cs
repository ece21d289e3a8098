using System.Security.Cryptography;
using System.Text;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;

namespace Procurement.Sealing.Tests.Bids;

/// <summary>
/// Any single changed byte of a stored sealed part, or of what it is bound to, stops it opening, with a result that
/// says which check failed. Every position is tried, with three different changes per byte (the lowest bit, the
/// highest bit, all bits): X25519 ignores the top bit of a public key, so 0x80 on the last byte of a key is a real case.
/// </summary>
public sealed class TamperDetectionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _deadline = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] _changes = [0x01, 0x80, 0xFF];

    private readonly TestPlatform _platform = new();
    private readonly SealingContext _context = SealingContext.ForBid(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2);
    private readonly byte[] _plaintext = Encoding.UTF8.GetBytes("Lot 1: 1,250,000.00 EUR. Lot 2: 98,500.00 EUR. Valid for 90 days.");
    private SealedPart _sealed = null!;
    private IBidOpener _opener = null!;

    public async ValueTask InitializeAsync()
    {
        var tenderKey = _platform.Vault.CreateTenderKey(_context.TenderId, _deadline);
        _sealed = _platform.Sealer.Seal(_plaintext, tenderKey.PublicKey, _context);
        _opener = await _platform.Vault.UnwrapForOpeningAsync(_context.TenderId, tenderKey.Wrapped, _deadline, _deadline, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        _opener.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void The_untouched_part_opens() => Assert.Equal(_plaintext, _opener.Open(_sealed, _context).Plaintext);

    [Fact]
    public void A_changed_ciphertext_or_tag_byte_is_a_hash_mismatch()
    {
        foreach (var (changed, position, change) in EveryChange(_sealed.Ciphertext))
        {
            AssertStatus(OpeningStatus.HashMismatch, _sealed with { Ciphertext = changed }, _context, $"ciphertext byte {position} ^ {change:X2}");
        }
    }

    [Fact]
    public void A_changed_ciphertext_or_tag_byte_with_its_hash_recomputed_fails_authentication()
    {
        // A database writer can update the hash column too; the GCM tag still catches it.
        var tagStart = _sealed.Ciphertext.Length - 16;
        foreach (var (changed, position, change) in EveryChange(_sealed.Ciphertext))
        {
            var where = position >= tagStart ? $"tag byte {position - tagStart}" : $"ciphertext byte {position}";
            AssertStatus(OpeningStatus.AuthenticationFailed, _sealed with { Ciphertext = changed, CiphertextSha256 = SHA256.HashData(changed) }, _context, $"{where} ^ {change:X2}");
        }
    }

    [Fact]
    public void A_changed_hash_byte_is_a_hash_mismatch()
    {
        foreach (var (changed, position, change) in EveryChange(_sealed.CiphertextSha256))
        {
            AssertStatus(OpeningStatus.HashMismatch, _sealed with { CiphertextSha256 = changed }, _context, $"hash byte {position} ^ {change:X2}");
        }
    }

    [Fact]
    public void A_changed_nonce_byte_fails_authentication()
    {
        foreach (var (changed, position, change) in EveryChange(_sealed.Nonce))
        {
            AssertStatus(OpeningStatus.AuthenticationFailed, _sealed with { Nonce = changed }, _context, $"nonce byte {position} ^ {change:X2}");
        }
    }

    [Fact]
    public void A_changed_ephemeral_public_key_byte_is_a_wrong_key()
    {
        foreach (var (changed, position, change) in EveryChange(_sealed.EphemeralPublicKey))
        {
            AssertStatus(OpeningStatus.WrongKey, _sealed with { EphemeralPublicKey = changed }, _context, $"ephemeral key byte {position} ^ {change:X2}");
        }
    }

    [Fact]
    public void A_changed_key_commitment_byte_is_a_wrong_key()
    {
        foreach (var (changed, position, change) in EveryChange(_sealed.KeyCommitment))
        {
            AssertStatus(OpeningStatus.WrongKey, _sealed with { KeyCommitment = changed }, _context, $"key commitment byte {position} ^ {change:X2}");
        }
    }

    [Fact]
    public void A_part_moved_to_another_tender_supplier_bid_version_or_part_fails_authentication()
    {
        var moved = new Dictionary<string, SealingContext>
        {
            ["tender"] = new(Guid.NewGuid(), _context.SupplierId, _context.BidId, _context.BidVersion, _context.PartName),
            ["supplier"] = new(_context.TenderId, Guid.NewGuid(), _context.BidId, _context.BidVersion, _context.PartName),
            ["bid"] = new(_context.TenderId, _context.SupplierId, Guid.NewGuid(), _context.BidVersion, _context.PartName),
            ["version - 1"] = new(_context.TenderId, _context.SupplierId, _context.BidId, _context.BidVersion - 1, _context.PartName),
            ["version + 1"] = new(_context.TenderId, _context.SupplierId, _context.BidId, _context.BidVersion + 1, _context.PartName),
            ["part"] = SealingContext.ForAttachment(_context.TenderId, _context.SupplierId, _context.BidId, _context.BidVersion, 1),
        };

        foreach (var (what, context) in moved)
        {
            AssertStatus(OpeningStatus.AuthenticationFailed, _sealed, context, what);
        }
    }

    [Fact]
    public void A_single_bit_of_any_id_in_the_associated_data_is_detected()
    {
        foreach (var field in new[] { "tender", "supplier", "bid" })
        {
            for (var position = 0; position < 16; position++)
            {
                var context = field switch
                {
                    "tender" => new SealingContext(Flip(_context.TenderId, position), _context.SupplierId, _context.BidId, _context.BidVersion, _context.PartName),
                    "supplier" => new SealingContext(_context.TenderId, Flip(_context.SupplierId, position), _context.BidId, _context.BidVersion, _context.PartName),
                    _ => new SealingContext(_context.TenderId, _context.SupplierId, Flip(_context.BidId, position), _context.BidVersion, _context.PartName),
                };
                AssertStatus(OpeningStatus.AuthenticationFailed, _sealed, context, $"{field} id byte {position}");
            }
        }
    }

    [Fact]
    public async Task A_part_sealed_to_another_tender_is_a_wrong_key()
    {
        var otherTender = _platform.Vault.CreateTenderKey(Guid.NewGuid(), _deadline);
        using var otherOpener = await _platform.Vault.UnwrapForOpeningAsync(otherTender.TenderId, otherTender.Wrapped, _deadline, _deadline, CancellationToken.None);

        Assert.Equal(OpeningStatus.WrongKey, otherOpener.Open(_sealed, _context).Status);
    }

    [Fact]
    public void Fields_of_the_wrong_length_are_malformed_not_a_crash()
    {
        AssertStatus(OpeningStatus.Malformed, _sealed with { Nonce = new byte[11] }, _context, "short nonce");
        AssertStatus(OpeningStatus.Malformed, _sealed with { EphemeralPublicKey = new byte[33] }, _context, "long key");
        AssertStatus(OpeningStatus.Malformed, _sealed with { Ciphertext = new byte[15] }, _context, "shorter than a tag");
        AssertStatus(OpeningStatus.Malformed, _sealed with { CiphertextSha256 = [] }, _context, "empty hash");
        AssertStatus(OpeningStatus.Malformed, _sealed with { KeyCommitment = new byte[16] }, _context, "short commitment");
    }

    [Fact]
    public void An_unknown_format_is_reported_as_such() =>
        AssertStatus(OpeningStatus.UnsupportedFormat, _sealed with { Format = "procurement/bid/v2" }, _context, "format");

    [Fact]
    public void A_disposed_opener_opens_nothing()
    {
        _opener.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _opener.Open(_sealed, _context));
    }

    private void AssertStatus(OpeningStatus expected, SealedPart part, SealingContext context, string what)
    {
        var opened = _opener.Open(part, context);
        Assert.True(expected == opened.Status, $"{what}: expected {expected}, got {opened.Status}");
        Assert.Null(opened.Plaintext);
    }

    private static IEnumerable<(byte[] Changed, int Position, byte Change)> EveryChange(byte[] original)
    {
        for (var position = 0; position < original.Length; position++)
        {
            foreach (var change in _changes)
            {
                var changed = (byte[])original.Clone();
                changed[position] ^= change;
                yield return (changed, position, change);
            }
        }
    }

    private static Guid Flip(Guid id, int position)
    {
        var bytes = id.ToByteArray();
        bytes[position] ^= 0x01;
        return new Guid(bytes);
    }
}
