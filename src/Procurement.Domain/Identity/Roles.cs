namespace Procurement.Domain.Identity;

/// <summary>The roles people hold on the platform (ARCHITECTURE §1).</summary>
public static class Roles
{
    public const string Supplier = "Supplier";
    public const string Officer = "Officer";
    public const string Evaluator = "Evaluator";
    public const string Buyer = "Buyer";
    public const string Approver = "Approver";
    public const string Admin = "Admin";
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } = [Supplier, Officer, Evaluator, Buyer, Approver, Admin, Auditor];

    /// <summary>Roles that can publish, score or administer: they must sign in with a second factor.</summary>
    public static IReadOnlyList<string> RequiringTwoFactor { get; } = [Officer, Evaluator, Admin];

    /// <summary>Roles whose holders work for a procuring agency rather than a supplier.</summary>
    public static IReadOnlyList<string> AgencyStaff { get; } = [Officer, Evaluator, Buyer, Approver];

    public static bool MustUseTwoFactor(IEnumerable<string> roles) => roles.Any(RequiringTwoFactor.Contains);
}
