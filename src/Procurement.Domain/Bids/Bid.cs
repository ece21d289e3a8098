using Procurement.Domain.Tenders;

namespace Procurement.Domain.Bids;

public enum BidStatus
{
    /// <summary>A sealed version is in; the latest one is opened at the deadline.</summary>
    Submitted,

    /// <summary>Taken back before the deadline; nothing of it is opened unless the supplier submits again.</summary>
    Withdrawn,
}

/// <summary>
/// A supplier's bid for a tender: one per supplier and tender, with a version for each submission or replacement. Its
/// content is sealed and lives only as <see cref="SealedBidPart"/>s; this is what may be known before the opening.
/// </summary>
public sealed class Bid
{
    private Bid()
    {
    }

    private Bid(Guid tenderId, Guid supplierId)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        SupplierId = supplierId;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public Guid SupplierId { get; private set; }
    public BidStatus Status { get; private set; }

    /// <summary>The latest sealed version, from 1; the one opened.</summary>
    public int Version { get; private set; }

    /// <summary>The database time the latest version was received.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Starts a bid; its first version is sealed with <see cref="Id"/> and version 1 before <see cref="Submit"/>.</summary>
    public static Bid Start(Guid tenderId, Guid supplierId) => new(tenderId, supplierId);

    /// <summary>The version the next submission will carry, bound into its sealing.</summary>
    public int NextVersion => Version + 1;

    /// <summary>Whether the next submission replaces a bid still in, or submits anew (first time, or after a withdrawal).</summary>
    public BidChange NextSubmissionKind => Version > 0 && Status == BidStatus.Submitted ? BidChange.Replaced : BidChange.Submitted;

    /// <summary>Records the sealed version <see cref="NextVersion"/> as received at <paramref name="receivedAt"/>.</summary>
    public BidChange Submit(Tender tender, DateTimeOffset receivedAt)
    {
        EnsureOpen(tender, receivedAt, "submitted");
        var kind = NextSubmissionKind;
        Version = NextVersion;
        Status = BidStatus.Submitted;
        SubmittedAt = receivedAt;
        WithdrawnAt = null;
        return kind;
    }

    public void Withdraw(Tender tender, DateTimeOffset at)
    {
        EnsureOpen(tender, at, "withdrawn");
        if (Status == BidStatus.Withdrawn || Version == 0)
        {
            throw new DomainRuleException("This bid is already withdrawn.");
        }

        Status = BidStatus.Withdrawn;
        WithdrawnAt = at;
    }

    /// <summary>True when the tender was materially amended after this bid's latest version: the supplier should confirm or replace it.</summary>
    public bool PredatesAmendment(DateTimeOffset? lastMaterialAmendmentAt) =>
        Status == BidStatus.Submitted && lastMaterialAmendmentAt is { } amended && SubmittedAt < amended;

    private void EnsureOpen(Tender tender, DateTimeOffset now, string what)
    {
        if (tender.Id != TenderId)
        {
            throw new InvalidOperationException("A bid belongs to one tender.");
        }

        if (!tender.IsOpenForBids(now))
        {
            throw new DomainRuleException(BidRules.ClosedMessage(tender, now, what));
        }
    }
}

public enum BidChange
{
    Submitted,
    Replaced,
    Withdrawn,
}
