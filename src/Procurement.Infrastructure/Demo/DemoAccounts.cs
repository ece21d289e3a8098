namespace Procurement.Infrastructure.Demo;

/// <summary>The demo accounts as a person reading the console or the README needs them.</summary>
public static class DemoAccounts
{
    public static IEnumerable<string> Describe()
    {
        yield return $"Demo accounts (password for all: {DemoOptions.Password}):";
        foreach (var staff in DemoOrganisations.Staff)
        {
            var twoFactor = Domain.Identity.Roles.MustUseTwoFactor([staff.Role]) ? "  two-factor: oathtool --totp -b " + DemoOptions.TotpSecret : string.Empty;
            yield return $"  {staff.Role,-10} {staff.Email,-34}{twoFactor}";
        }

        var supplier = DemoOrganisations.Suppliers[0];
        yield return $"  {"Supplier",-10} {supplier.Email,-34}  ({supplier.LegalName}; {DemoOrganisations.Suppliers.Length} demo suppliers in all)";
    }
}
