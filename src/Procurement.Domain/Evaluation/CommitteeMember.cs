namespace Procurement.Domain.Evaluation;

/// <summary>The scale every member and the chair score non-price criteria on, chosen when the committee is named.</summary>
public enum ScoreScale
{
    OutOfTen = 10,
    OutOfHundred = 100,
}

public enum CommitteeRole
{
    Chair,
    Member,
}

/// <summary>A member's conflict-of-interest declaration for the tender.</summary>
public enum Declaration
{
    /// <summary>Not signed yet: the member sees no bid.</summary>
    Pending,

    /// <summary>Signed, no conflict with any bidder: the member may see the opened bids and score them.</summary>
    NoConflict,

    /// <summary>A conflict declared, with a statement: the member is removed from the committee for good.</summary>
    Conflict,
}

/// <summary>A person the officer nominates: an active evaluator of the tender's agency.</summary>
public sealed record Nominee(Guid UserId, string Name);

/// <summary>A member of the evaluation committee: who, which role, and their declaration.</summary>
public sealed class CommitteeMember
{
    public const int MaxStatementLength = 2_000;

    private CommitteeMember()
    {
        Name = string.Empty;
    }

    internal CommitteeMember(Nominee nominee, CommitteeRole role, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = nominee.UserId;
        Name = nominee.Name;
        Role = role;
        AddedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }

    /// <summary>The member's name when named.</summary>
    public string Name { get; private set; }

    public CommitteeRole Role { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public Declaration Declaration { get; private set; }

    /// <summary>The member's statement of the conflict, when one was declared.</summary>
    public string? ConflictStatement { get; private set; }

    public DateTimeOffset? DeclaredAt { get; private set; }

    /// <summary>Still on the committee: has not declared a conflict.</summary>
    public bool IsActive => Declaration != Declaration.Conflict;

    /// <summary>Has signed a declaration of no conflict and is still on the committee: may see the opened bids.</summary>
    public bool MaySeeBids => Declaration == Declaration.NoConflict;

    internal void DeclareNoConflict(DateTimeOffset now)
    {
        Declaration = Declaration.NoConflict;
        DeclaredAt = now;
    }

    internal void DeclareConflict(string statement, DateTimeOffset now)
    {
        Declaration = Declaration.Conflict;
        ConflictStatement = statement;
        DeclaredAt = now;
    }

    internal void Become(CommitteeRole role) => Role = role;
}

/// <summary>The chair's qualification decision on one opened bid: it passes, or it fails for a stated reason.</summary>
public sealed class BidQualification
{
    public const int MaxReasonLength = 2_000;

    private BidQualification()
    {
    }

    internal BidQualification(Guid bidId, bool passed, string? reason, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        BidId = bidId;
        Record(passed, reason, by, now);
    }

    public Guid Id { get; private set; }
    public Guid BidId { get; private set; }
    public bool Passed { get; private set; }
    public string? Reason { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    internal void Record(bool passed, string? reason, Guid by, DateTimeOffset now)
    {
        Passed = passed;
        Reason = reason;
        RecordedBy = by;
        RecordedAt = now;
    }
}

/// <summary>One member's score of one non-price criterion for one bid's offer on one lot, with the member's justification.</summary>
public sealed class MemberScore
{
    private MemberScore()
    {
        Criterion = Justification = string.Empty;
    }

    internal MemberScore(Guid memberUserId, Guid bidId, int lotNumber, string criterion, int score, string justification, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        MemberUserId = memberUserId;
        BidId = bidId;
        LotNumber = lotNumber;
        Criterion = criterion;
        Score = score;
        Justification = justification;
        ScoredAt = now;
    }

    public Guid Id { get; private set; }
    public Guid MemberUserId { get; private set; }
    public Guid BidId { get; private set; }
    public int LotNumber { get; private set; }
    public string Criterion { get; private set; }
    public int Score { get; private set; }
    public string Justification { get; private set; }
    public DateTimeOffset ScoredAt { get; private set; }

    internal void Revise(int score, string justification, DateTimeOffset now)
    {
        Score = score;
        Justification = justification;
        ScoredAt = now;
    }
}

/// <summary>The committee's agreed score of one criterion for one bid's offer on one lot, set by the chair with a justification.</summary>
public sealed class ConsensusScore
{
    private ConsensusScore()
    {
        Criterion = Justification = string.Empty;
    }

    internal ConsensusScore(Guid bidId, int lotNumber, string criterion, decimal score, string justification, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        BidId = bidId;
        LotNumber = lotNumber;
        Criterion = criterion;
        Revise(score, justification, by, now);
        Justification = justification;
    }

    public Guid Id { get; private set; }
    public Guid BidId { get; private set; }
    public int LotNumber { get; private set; }
    public string Criterion { get; private set; }

    /// <summary>On the committee's scale, to at most two decimals.</summary>
    public decimal Score { get; private set; }

    public string Justification { get; private set; }
    public Guid SetBy { get; private set; }
    public DateTimeOffset SetAt { get; private set; }

    internal void Revise(decimal score, string justification, Guid by, DateTimeOffset now)
    {
        Score = score;
        Justification = justification;
        SetBy = by;
        SetAt = now;
    }
}
