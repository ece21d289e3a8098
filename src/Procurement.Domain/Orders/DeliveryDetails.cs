namespace Procurement.Domain.Orders;

/// <summary>Where the goods go and which budget pays: both required on every order.</summary>
public sealed record DeliveryDetails
{
    public const int MaxAddressLength = 500;
    public const int MaxCostCentreLength = 40;

    public DeliveryDetails(string address, string costCentre)
    {
        Address = string.IsNullOrWhiteSpace(address) || address.Trim().Length > MaxAddressLength
            ? throw new DomainRuleException($"Give the delivery address (at most {MaxAddressLength} characters).")
            : address.Trim();
        CostCentre = string.IsNullOrWhiteSpace(costCentre) || costCentre.Trim().Length > MaxCostCentreLength
            ? throw new DomainRuleException($"Give the cost centre the order is charged to (at most {MaxCostCentreLength} characters).")
            : costCentre.Trim();
    }

    public string Address { get; }
    public string CostCentre { get; }
}
