namespace Procurement.Domain.Orders;

/// <summary>Where the goods go and which budget pays: both required on every order.</summary>
public sealed record DeliveryDetails
{
    public const int MaxAddressLength = 500;
    public const int MaxCostCentreLength = 40;

    public DeliveryDetails(string address, string costCentre)
    {
        Address = AddressProblem(address) is { } addressProblem ? throw new DomainRuleException(addressProblem) : address.Trim();
        CostCentre = CostCentreProblem(costCentre) is { } costCentreProblem ? throw new DomainRuleException(costCentreProblem) : costCentre.Trim();
    }

    public string Address { get; }
    public string CostCentre { get; }

    /// <summary>What is wrong with a delivery address, or null when it will do.</summary>
    public static string? AddressProblem(string? address) =>
        string.IsNullOrWhiteSpace(address) || address.Trim().Length > MaxAddressLength
            ? $"Give the delivery address (at most {MaxAddressLength} characters)."
            : null;

    /// <summary>What is wrong with a cost centre, or null when it will do.</summary>
    public static string? CostCentreProblem(string? costCentre) =>
        string.IsNullOrWhiteSpace(costCentre) || costCentre.Trim().Length > MaxCostCentreLength
            ? $"Give the cost centre the order is charged to (at most {MaxCostCentreLength} characters)."
            : null;
}
