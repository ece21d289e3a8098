namespace Procurement.Domain.Orders;

/// <summary>An agency's rule for which orders need an approver: any order above the amount, or in another currency.</summary>
public sealed record ApprovalThreshold(Money Limit)
{
    /// <summary>An order exactly at the limit goes straight through; one penny above needs approval.</summary>
    public bool Requires(Money total) => total.Currency != Limit.Currency || total.Amount > Limit.Amount;
}
