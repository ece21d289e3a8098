using System.Security.Cryptography;
using Procurement.Domain.Audit;

namespace Procurement.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly AuditLink _first = new(
        1, new byte[32], "supplier:9a1e0000-0000-4000-8000-000000000001", "supplier.verified", Guid.Parse("11111111-2222-3333-4444-555555555555"),
        new DateTimeOffset(2026, 3, 1, 8, 30, 15, TimeSpan.Zero).AddTicks(1_234_560), null, new DateTimeOffset(2026, 3, 1, 8, 30, 15, 200, TimeSpan.Zero));

    // The expected hashes were computed outside .NET (Python's hashlib, struct and uuid) from the construction in
    // docs/security.md, so these tests pin the documented format, not merely this implementation.
    [Fact]
    public void Hashes_the_documented_construction() =>
        Assert.Equal("b959ae9d26915608e6c22920b72912e1b9dcb10067688a12b5423840a7f36c7e", Convert.ToHexStringLower(AuditChain.Hash(_first)));

    [Fact]
    public void Chains_from_the_previous_hash_with_a_detail_in_utf8_and_the_platform_as_actor()
    {
        var second = Second("Budget withdrawn — über");

        Assert.Equal("c59a49a799e848afd9d60c86c2e71be7dbee2302170a8cf702a4ed70b0e71291", Convert.ToHexStringLower(AuditChain.Hash(second)));
    }

    [Fact]
    public void An_empty_detail_is_not_the_same_as_no_detail()
    {
        Assert.Equal("adbcb793e32907e961efaa822a77c2489739251c3b5383b950395f826ab481e3", Convert.ToHexStringLower(AuditChain.Hash(Second(string.Empty))));
        Assert.NotEqual(AuditChain.Hash(Second(string.Empty)), AuditChain.Hash(Second(null)));
    }

    public static TheoryData<string> Changes => ["sequence", "previous hash", "subject", "action", "actor", "at", "recorded at", "detail"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_changed_field_changes_the_hash(string field)
    {
        var changed = field switch
        {
            "sequence" => _first with { Sequence = 2 },
            "previous hash" => _first with { PreviousHash = [.. new byte[31], 1] },
            "subject" => _first with { Subject = "supplier:9a1e0000-0000-4000-8000-000000000002" },
            "action" => _first with { Action = "supplier.rejected" },
            "actor" => _first with { Actor = Guid.Empty },
            "at" => _first with { At = _first.At.AddTicks(10) },
            "recorded at" => _first with { RecordedAt = _first.RecordedAt.AddTicks(10) },
            _ => _first with { Detail = "x" },
        };

        Assert.NotEqual(AuditChain.Hash(_first), AuditChain.Hash(changed));
    }

    [Fact]
    public void Moving_text_from_one_field_to_the_next_changes_the_hash()
    {
        var moved = _first with { Subject = "supplier:9a1e0000-0000-4000-8000-000000000001supplier", Action = ".verified" };

        Assert.NotEqual(AuditChain.Hash(_first), AuditChain.Hash(moved));
    }

    [Fact]
    public void Times_count_to_the_microsecond_as_postgresql_stores_them()
    {
        var finer = _first with { At = _first.At.AddTicks(9), RecordedAt = _first.RecordedAt.ToOffset(TimeSpan.FromHours(2)) };

        Assert.Equal(AuditChain.Hash(_first), AuditChain.Hash(finer));
    }

    [Fact]
    public void Rounds_down_to_the_microsecond_on_both_sides_of_1970()
    {
        Assert.Equal(1, AuditChain.ToMicroseconds(DateTimeOffset.UnixEpoch.AddTicks(19)));
        Assert.Equal(-1, AuditChain.ToMicroseconds(DateTimeOffset.UnixEpoch.AddTicks(-1)));
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(10), AuditChain.ToStoredPrecision(DateTimeOffset.UnixEpoch.AddTicks(19)));
        Assert.Equal(TimeSpan.Zero, AuditChain.ToStoredPrecision(DateTimeOffset.Now).Offset);
    }

    [Fact]
    public void Matches_sha256_of_the_bytes_written_out_by_hand()
    {
        byte[] Text(string value)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(value);
            return [.. BigEndian(bytes.Length, 4), .. bytes];
        }

        byte[] message =
        [
            .. Text(AuditChain.Format), .. BigEndian(1, 8), .. new byte[32], .. Text(_first.Subject), .. Text(_first.Action),
            0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x33, 0x33, 0x44, 0x44, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55,
            .. BigEndian(AuditChain.ToMicroseconds(_first.At), 8), .. BigEndian(AuditChain.ToMicroseconds(_first.RecordedAt), 8), 0,
        ];

        Assert.Equal(SHA256.HashData(message), AuditChain.Hash(_first));
    }

    [Fact]
    public void The_first_entry_chains_from_32_zero_bytes() => Assert.Equal(new byte[32], AuditChain.GenesisHash.ToArray());

    [Theory]
    [InlineData("supplier", "supplier.verified")]
    [InlineData("supplier:1", "verified")]
    [InlineData(" ", "supplier.verified")]
    [InlineData("supplier:1", "")]
    public void Refuses_a_subject_without_a_kind_or_an_action_without_an_area(string subject, string action) =>
        Assert.Throws<ArgumentException>(() => AuditChain.CheckEvent(new Event(subject, action)));

    [Fact]
    public void Refuses_names_longer_than_the_columns()
    {
        Assert.Throws<ArgumentException>(() => AuditChain.CheckEvent(new Event("supplier:" + new string('1', AuditChain.MaxSubjectLength), "supplier.verified")));
        Assert.Throws<ArgumentException>(() => AuditChain.CheckEvent(new Event("supplier:1", "supplier." + new string('x', AuditChain.MaxActionLength))));
        AuditChain.CheckEvent(new Event("supplier:1", "supplier.verified"));
    }

    private static AuditLink Second(string? detail) => new(
        2, AuditChain.Hash(_first), "tender:3f2c0000-0000-4000-8000-000000000002", "tender.cancelled", Guid.Empty,
        new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(10), detail, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(20));

    private static byte[] BigEndian(long value, int size)
    {
        var bytes = new byte[size];
        for (var i = size - 1; i >= 0; i--)
        {
            bytes[i] = (byte)(value & 0xFF);
            value >>= 8;
        }

        return bytes;
    }

    private sealed record Event(string AuditSubject, string AuditAction) : IAuditedEvent
    {
        public Guid AuditActor => Guid.Empty;

        public DateTimeOffset AuditAt => DateTimeOffset.UnixEpoch;

        public string? AuditDetail => null;
    }
}
