using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Procurement.Domain.Audit;

/// <summary>One entry of the audit log as it is chained: its place, the hash it follows, and what it records.</summary>
/// <param name="Sequence">Its place in the chain, from 1, without gaps.</param>
/// <param name="PreviousHash">The hash of the entry before it, or <see cref="AuditChain.GenesisHash"/> for the first.</param>
/// <param name="RecordedAt">The database clock when the entry was chained.</param>
public sealed record AuditLink(long Sequence, byte[] PreviousHash, string Subject, string Action, Guid Actor, DateTimeOffset At, string? Detail, DateTimeOffset RecordedAt);

/// <summary>
/// The hash construction of the audit log (documented in docs/security.md, "Audit log"). Each entry's hash is SHA-256
/// over an unambiguous byte string of its fields and the previous entry's hash, so changing, removing, inserting or
/// reordering an entry breaks every link after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The label that starts every hashed byte string, so these hashes cannot be mistaken for any other.</summary>
    public const string Format = "procurement/audit/v1";

    public const int HashSize = 32;
    public const int MaxSubjectLength = 200;
    public const int MaxActionLength = 100;

    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What the first entry chains from: 32 zero bytes.</summary>
    public static ReadOnlySpan<byte> GenesisHash => new byte[HashSize];

    /// <summary>
    /// Microseconds since 1970-01-01 UTC, rounded down: PostgreSQL keeps timestamps to the microsecond, so this is
    /// exactly what the database gives back.
    /// </summary>
    public static long ToMicroseconds(DateTimeOffset time) => FloorDiv(time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, TimeSpan.TicksPerMicrosecond);

    /// <summary>The same instant as PostgreSQL will store it: in UTC, rounded down to the microsecond.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time) =>
        DateTimeOffset.UnixEpoch.AddTicks(ToMicroseconds(time) * TimeSpan.TicksPerMicrosecond);

    /// <summary>
    /// SHA-256 of: the format label; the sequence (8 bytes, big-endian); the previous hash (32 bytes); subject and
    /// action (each as its UTF-8 byte length in 4 bytes big-endian, then the bytes); the actor (16 bytes, in the byte
    /// order of its text form, as PostgreSQL's <c>uuid_send</c>); <c>at</c> and <c>recorded_at</c> (each as microseconds
    /// since 1970-01-01 UTC, 8 bytes big-endian, signed); the detail (one byte 0 when there is none, else 1 followed by
    /// its length-prefixed UTF-8 bytes, so that no detail and an empty one differ).
    /// </summary>
    public static byte[] Hash(AuditLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[16];

        AppendText(hash, Format);
        BinaryPrimitives.WriteInt64BigEndian(number, link.Sequence);
        hash.AppendData(number[..8]);
        hash.AppendData(link.PreviousHash);
        AppendText(hash, link.Subject);
        AppendText(hash, link.Action);
        link.Actor.TryWriteBytes(number, bigEndian: true, out _);
        hash.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, ToMicroseconds(link.At));
        hash.AppendData(number[..8]);
        BinaryPrimitives.WriteInt64BigEndian(number, ToMicroseconds(link.RecordedAt));
        hash.AppendData(number[..8]);
        if (link.Detail is null)
        {
            hash.AppendData([0]);
        }
        else
        {
            hash.AppendData([1]);
            AppendText(hash, link.Detail);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>
    /// The rules every new entry must meet; a breach is a programming error, not a user's. <see cref="Hash"/> does not
    /// check them, so that a verifier can hash whatever it finds stored.
    /// </summary>
    public static void CheckEvent(IAuditedEvent audited)
    {
        ArgumentNullException.ThrowIfNull(audited);
        CheckNames(audited.AuditSubject, audited.AuditAction);
    }

    private static void CheckNames(string subject, string action)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > MaxSubjectLength || !subject.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"An audit subject is kind:id, at most {MaxSubjectLength} characters; got '{subject}'.", nameof(subject));
        }

        if (string.IsNullOrWhiteSpace(action) || action.Length > MaxActionLength || !action.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"An audit action is area.verb, at most {MaxActionLength} characters; got '{action}'.", nameof(action));
        }
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = _strictUtf8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }

    private static long FloorDiv(long value, long divisor) => value >= 0 || value % divisor == 0 ? value / divisor : (value / divisor) - 1;
}
