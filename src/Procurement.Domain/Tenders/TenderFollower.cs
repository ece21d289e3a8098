namespace Procurement.Domain.Tenders;

/// <summary>A supplier that follows a tender, so that its users hear about clarifications, amendments and cancellation.</summary>
public sealed class TenderFollower
{
    private TenderFollower()
    {
    }

    public TenderFollower(Guid tenderId, Guid supplierId, Guid followedBy, DateTimeOffset followedAt)
    {
        TenderId = tenderId;
        SupplierId = supplierId;
        FollowedBy = followedBy;
        FollowedAt = followedAt;
    }

    public Guid TenderId { get; private set; }
    public Guid SupplierId { get; private set; }

    /// <summary>The supplier's user who chose to follow.</summary>
    public Guid FollowedBy { get; private set; }

    public DateTimeOffset FollowedAt { get; private set; }
}
