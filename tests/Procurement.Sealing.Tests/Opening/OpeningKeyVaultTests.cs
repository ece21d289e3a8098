using System.Text;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Tests.Opening;

public sealed class OpeningKeyVaultTests
{
    private static readonly DateTimeOffset _notBefore = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid _tenderId = Guid.NewGuid();
    private readonly TestPlatform _platform = new();

    [Fact]
    public async Task The_key_is_refused_one_microsecond_before_not_before_and_the_refusal_is_recorded()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);

        var refused = await Assert.ThrowsAsync<OpeningTooEarlyException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, _notBefore, _notBefore.AddTicks(-10), CancellationToken.None));

        Assert.Equal(_notBefore, refused.NotBefore);
        var attempt = Assert.Single(_platform.AuditLog.Attempts);
        Assert.Equal(new OpeningKeyAttempt(_tenderId, key.Wrapped.KeyEncryptionKeyId, _notBefore, _notBefore.AddTicks(-10), OpeningKeyAttemptOutcome.RefusedTooEarly), attempt);
    }

    [Fact]
    public async Task A_day_early_is_refused_even_with_the_right_key()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);

        await Assert.ThrowsAsync<OpeningTooEarlyException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, _notBefore, _notBefore.AddDays(-1), CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(86_400)]
    public async Task The_key_is_released_at_or_after_not_before_and_the_release_is_recorded(int secondsLate)
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var now = _notBefore.AddSeconds(secondsLate);

        using var opener = await _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, _notBefore, now, CancellationToken.None);

        Assert.Equal(key.Fingerprint, opener.PublicKeyFingerprint);
        Assert.Equal(_tenderId, opener.TenderId);
        Assert.Equal(OpeningKeyAttemptOutcome.Released, Assert.Single(_platform.AuditLog.Attempts).Outcome);
    }

    [Fact]
    public async Task A_not_before_moved_earlier_in_the_database_makes_the_key_unusable()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var earlier = _notBefore.AddDays(-1);

        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, earlier, earlier, CancellationToken.None));

        Assert.Equal(OpeningKeyAttemptOutcome.UnwrapFailed, Assert.Single(_platform.AuditLog.Attempts).Outcome);
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(10)]
    public async Task Not_before_is_bound_to_the_microsecond(int ticks)
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var changed = _notBefore.AddTicks(ticks);

        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, changed, changed.AddHours(1), CancellationToken.None));
    }

    [Fact]
    public async Task Ticks_finer_than_PostgreSQL_keeps_do_not_matter()
    {
        // timestamptz keeps microseconds: a not_before with 100 ns ticks comes back from the database without them.
        var precise = _notBefore.AddTicks(1234567);
        var key = _platform.Vault.CreateTenderKey(_tenderId, precise);
        var asStored = new DateTimeOffset(precise.UtcTicks - (precise.UtcTicks % 10), TimeSpan.Zero);

        using var opener = await _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, asStored, asStored.AddSeconds(1), CancellationToken.None);

        Assert.Equal(key.Fingerprint, opener.PublicKeyFingerprint);
    }

    [Fact]
    public async Task A_wrapped_key_moved_to_another_tender_is_unusable()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);

        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(Guid.NewGuid(), key.Wrapped, _notBefore, _notBefore, CancellationToken.None));
    }

    [Fact]
    public async Task Any_changed_byte_of_the_wrapped_key_or_its_nonce_makes_it_unusable()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var changes = new List<WrappedOpeningKey>();
        for (var i = 0; i < key.Wrapped.Ciphertext.Length; i++)
        {
            var ciphertext = (byte[])key.Wrapped.Ciphertext.Clone();
            ciphertext[i] ^= 0x01;
            changes.Add(key.Wrapped with { Ciphertext = ciphertext });
        }

        for (var i = 0; i < key.Wrapped.Nonce.Length; i++)
        {
            var nonce = (byte[])key.Wrapped.Nonce.Clone();
            nonce[i] ^= 0x80;
            changes.Add(key.Wrapped with { Nonce = nonce });
        }

        changes.Add(key.Wrapped with { Ciphertext = key.Wrapped.Ciphertext[..^1] });
        changes.Add(key.Wrapped with { Format = "procurement/opening-key/v0" });

        foreach (var changed in changes)
        {
            await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
                _platform.Vault.UnwrapForOpeningAsync(_tenderId, changed, _notBefore, _notBefore, CancellationToken.None));
        }

        Assert.Equal(changes.Count, _platform.AuditLog.Attempts.Count(attempt => attempt.Outcome == OpeningKeyAttemptOutcome.UnwrapFailed));
    }

    [Fact]
    public async Task A_key_wrapped_under_another_KEK_does_not_unwrap_and_says_which_KEK_it_needs()
    {
        var otherPlatform = new TestPlatform();
        var key = otherPlatform.Vault.CreateTenderKey(_tenderId, _notBefore);

        var error = await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, _notBefore, _notBefore, CancellationToken.None));

        Assert.Contains(key.Wrapped.KeyEncryptionKeyId, error.Message, StringComparison.Ordinal);
        Assert.Equal(OpeningKeyAttemptOutcome.UnknownKeyEncryptionKey, Assert.Single(_platform.AuditLog.Attempts).Outcome);
    }

    [Fact]
    public async Task A_KEK_replaced_under_the_same_id_does_not_unwrap()
    {
        var before = new TestPlatform(kekId: "kek-production");
        var after = new TestPlatform(kekId: "kek-production");
        var key = before.Vault.CreateTenderKey(_tenderId, _notBefore);

        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            after.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, _notBefore, _notBefore, CancellationToken.None));
    }

    [Fact]
    public async Task After_a_rotation_the_previous_KEK_still_unwraps_and_a_rewrap_moves_the_key_to_the_new_one()
    {
        var oldKek = Crypto.RandomBytes(32);
        var beforeRotation = new TestPlatform(kek: oldKek, kekId: "kek-2026");
        var key = beforeRotation.Vault.CreateTenderKey(_tenderId, _notBefore);
        var context = SealingContext.ForBid(_tenderId, Guid.NewGuid(), Guid.NewGuid(), 1);
        var sealedBid = beforeRotation.Sealer.Seal(Encoding.UTF8.GetBytes("bid"), key.PublicKey, context);
        var afterRotation = new TestPlatform(kekId: "kek-2027", previousKeks: new Dictionary<string, string> { ["kek-2026"] = Convert.ToBase64String(oldKek) });

        var rewrapped = await afterRotation.Vault.RewrapAsync(_tenderId, key.Wrapped, _notBefore, CancellationToken.None);
        using var fromOld = await afterRotation.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, _notBefore, _notBefore, CancellationToken.None);
        using var fromNew = await afterRotation.Vault.UnwrapForOpeningAsync(_tenderId, rewrapped, _notBefore, _notBefore, CancellationToken.None);

        Assert.Equal("kek-2027", rewrapped.KeyEncryptionKeyId);
        Assert.Equal("bid", Encoding.UTF8.GetString(fromOld.Open(sealedBid, context).Plaintext!));
        Assert.Equal("bid", Encoding.UTF8.GetString(fromNew.Open(sealedBid, context).Plaintext!));
        Assert.Equal(
            [OpeningKeyAttemptOutcome.Rewrapped, OpeningKeyAttemptOutcome.Released, OpeningKeyAttemptOutcome.Released],
            afterRotation.AuditLog.Attempts.Select(attempt => attempt.Outcome));
    }

    [Fact]
    public async Task A_rewrap_keeps_not_before_bound()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var rewrapped = await _platform.Vault.RewrapAsync(_tenderId, key.Wrapped, _notBefore, CancellationToken.None);

        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, rewrapped, _notBefore.AddDays(-1), _notBefore, CancellationToken.None));
        await Assert.ThrowsAsync<OpeningTooEarlyException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, rewrapped, _notBefore, _notBefore.AddDays(-1), CancellationToken.None));
    }

    [Fact]
    public async Task No_key_is_released_when_the_audit_record_cannot_be_written()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        _platform.AuditLog.FailWith = new InvalidOperationException("audit log unavailable");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, key.Wrapped, _notBefore, _notBefore, CancellationToken.None));
    }

    [Fact]
    public async Task A_postponed_key_is_refused_after_the_old_time_and_before_the_new_one()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var later = _notBefore.AddDays(7);

        var postponed = await _platform.Vault.PostponeAsync(_tenderId, key.Wrapped, _notBefore, later, CancellationToken.None);

        await Assert.ThrowsAsync<OpeningTooEarlyException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, postponed, later, _notBefore.AddDays(1), CancellationToken.None));
        await Assert.ThrowsAsync<OpeningTooEarlyException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, postponed, later, later.AddTicks(-10), CancellationToken.None));
        // Claiming the old time for the new wrapping does not unwrap: the new time is bound into it.
        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.UnwrapForOpeningAsync(_tenderId, postponed, _notBefore, _notBefore.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_postponed_key_opens_at_the_new_time_with_the_same_public_key_and_bids_sealed_before_still_open()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var context = SealingContext.ForBid(_tenderId, Guid.NewGuid(), Guid.NewGuid(), 1);
        var sealedBefore = _platform.Sealer.Seal(Encoding.UTF8.GetBytes("bid sealed before the extension"), key.PublicKey, context);
        var later = _notBefore.AddDays(7);

        var postponed = await _platform.Vault.PostponeAsync(_tenderId, key.Wrapped, _notBefore, later, CancellationToken.None);
        using var opener = await _platform.Vault.UnwrapForOpeningAsync(_tenderId, postponed, later, later, CancellationToken.None);

        Assert.Equal(key.Fingerprint, opener.PublicKeyFingerprint);
        Assert.Equal("bid sealed before the extension", Encoding.UTF8.GetString(opener.Open(sealedBefore, context).Plaintext!));
        Assert.NotEqual(key.Wrapped.Nonce, postponed.Nonce);
    }

    [Fact]
    public async Task A_postponement_is_recorded_with_both_times()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var later = _notBefore.AddHours(36);

        await _platform.Vault.PostponeAsync(_tenderId, key.Wrapped, _notBefore, later, CancellationToken.None);

        Assert.Equal(
            new OpeningKeyAttempt(_tenderId, key.Wrapped.KeyEncryptionKeyId, _notBefore, null, OpeningKeyAttemptOutcome.Postponed, later),
            Assert.Single(_platform.AuditLog.Attempts));
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(-86_400_0000000L)]
    public async Task An_earlier_opening_time_is_refused_and_recorded(long ticks)
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        var earlier = _notBefore.AddTicks(ticks);

        await Assert.ThrowsAsync<OpeningKeyPostponementRefusedException>(() =>
            _platform.Vault.PostponeAsync(_tenderId, key.Wrapped, _notBefore, earlier, CancellationToken.None));

        var attempt = Assert.Single(_platform.AuditLog.Attempts);
        Assert.Equal(OpeningKeyAttemptOutcome.RefusedEarlier, attempt.Outcome);
        Assert.Equal(earlier, attempt.NewNotBefore);
    }

    [Fact]
    public async Task A_postponement_needs_the_key_as_stored()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);

        // A not_before already moved in the database (or another tender's key) does not unwrap, so it cannot be rebound.
        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.PostponeAsync(_tenderId, key.Wrapped, _notBefore.AddDays(-1), _notBefore.AddDays(3), CancellationToken.None));
        await Assert.ThrowsAsync<OpeningKeyUnavailableException>(() =>
            _platform.Vault.PostponeAsync(Guid.NewGuid(), key.Wrapped, _notBefore, _notBefore.AddDays(3), CancellationToken.None));
        Assert.All(_platform.AuditLog.Attempts, attempt => Assert.Equal(OpeningKeyAttemptOutcome.UnwrapFailed, attempt.Outcome));
    }

    [Fact]
    public async Task A_postponement_moves_the_key_to_the_current_KEK()
    {
        var oldKek = Crypto.RandomBytes(32);
        var key = new TestPlatform(kek: oldKek, kekId: "kek-2026").Vault.CreateTenderKey(_tenderId, _notBefore);
        var afterRotation = new TestPlatform(kekId: "kek-2027", previousKeks: new Dictionary<string, string> { ["kek-2026"] = Convert.ToBase64String(oldKek) });

        var postponed = await afterRotation.Vault.PostponeAsync(_tenderId, key.Wrapped, _notBefore, _notBefore.AddDays(2), CancellationToken.None);

        Assert.Equal("kek-2027", postponed.KeyEncryptionKeyId);
    }

    [Fact]
    public async Task No_postponed_key_is_returned_when_the_audit_record_cannot_be_written()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);
        _platform.AuditLog.FailWith = new InvalidOperationException("audit log unavailable");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _platform.Vault.PostponeAsync(_tenderId, key.Wrapped, _notBefore, _notBefore.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public void The_stored_key_is_not_the_private_key_in_the_clear()
    {
        var key = _platform.Vault.CreateTenderKey(_tenderId, _notBefore);

        Assert.Equal("procurement/opening-key/v1", key.Wrapped.Format);
        Assert.Equal(_platform.Keys.CurrentKeyEncryptionKeyId, key.Wrapped.KeyEncryptionKeyId);
        Assert.Equal(12, key.Wrapped.Nonce.Length);
        Assert.Equal(32 + 16, key.Wrapped.Ciphertext.Length);
        Assert.Equal(32, key.PublicKey.Length);
        Assert.NotEqual(key.PublicKey, Crypto.X25519PublicKey(key.Wrapped.Ciphertext.AsSpan(0, 32)));
    }
}
