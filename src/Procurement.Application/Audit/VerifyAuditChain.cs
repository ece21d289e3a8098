using Procurement.Application.Audit.Ports;
using Procurement.Domain.Audit;

namespace Procurement.Application.Audit;

public enum AuditChainProblem
{
    /// <summary>An entry's stored hash is not the hash of its content: the entry was changed.</summary>
    HashMismatch,

    /// <summary>An entry does not name the hash of the entry before it: an entry was changed and rehashed, replaced, or moved.</summary>
    PreviousHashMismatch,

    /// <summary>A sequence number is missing: entries were deleted.</summary>
    SequenceGap,
}

/// <summary>Where the chain first breaks: the sequence number at which it does, what is wrong, and in words.</summary>
public sealed record AuditChainBreak(long Sequence, AuditChainProblem Problem, string Explanation);

/// <summary>The outcome of a walk along the chain: how many entries held, the last good one, and the first break if any.</summary>
public sealed record AuditChainVerification(long EntriesChecked, long? LastSequence, byte[]? LastHash, AuditChainBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;
}

/// <summary>
/// Walks the whole audit log in chain order, a page at a time (memory stays flat however long the log), recomputing
/// every hash and checking every link, and stops at the first break.
/// </summary>
public sealed class VerifyAuditChainHandler(IAuditLogReader reader)
{
    public const int DefaultPageSize = 2000;

    public int PageSize { get; init; } = DefaultPageSize;

    public async Task<AuditChainVerification> HandleAsync(CancellationToken cancellationToken)
    {
        long checkedCount = 0;
        long? lastSequence = null;
        var previousHash = AuditChain.GenesisHash.ToArray();
        while (true)
        {
            var page = await reader.ChainAsync(lastSequence ?? 0, PageSize, cancellationToken);
            foreach (var entry in page)
            {
                var problem = Check(entry, lastSequence, previousHash);
                if (problem is not null)
                {
                    return new AuditChainVerification(checkedCount, lastSequence, lastSequence is null ? null : previousHash, problem);
                }

                checkedCount++;
                lastSequence = entry.Sequence;
                previousHash = entry.Hash;
            }

            if (page.Count < PageSize)
            {
                return new AuditChainVerification(checkedCount, lastSequence, lastSequence is null ? null : previousHash, null);
            }
        }
    }

    private static AuditChainBreak? Check(AuditChainEntry entry, long? lastSequence, byte[] previousHash)
    {
        var expected = (lastSequence ?? 0) + 1;
        if (entry.Sequence != expected)
        {
            var before = lastSequence is null ? "the log starts" : $"entry {lastSequence} is followed";
            return new AuditChainBreak(expected, AuditChainProblem.SequenceGap,
                $"Entry {expected} is missing: {before} by entry {entry.Sequence}. Entries were deleted.");
        }

        if (!entry.PreviousHash.AsSpan().SequenceEqual(previousHash))
        {
            var what = lastSequence is null ? "the start of the chain (32 zero bytes)" : $"the hash of entry {lastSequence}";
            return new AuditChainBreak(entry.Sequence, AuditChainProblem.PreviousHashMismatch,
                $"Entry {entry.Sequence} does not follow {what}: an entry before it was changed and rehashed, replaced or moved.");
        }

        var link = new AuditLink(entry.Sequence, entry.PreviousHash, entry.Subject, entry.Action, entry.Actor, entry.At, entry.Detail, entry.RecordedAt);
        if (!AuditChain.Hash(link).AsSpan().SequenceEqual(entry.Hash))
        {
            return new AuditChainBreak(entry.Sequence, AuditChainProblem.HashMismatch,
                $"Entry {entry.Sequence} does not match its hash: its content was changed after it was recorded.");
        }

        return null;
    }
}
