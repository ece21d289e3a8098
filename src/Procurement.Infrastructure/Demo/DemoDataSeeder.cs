using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Agencies;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Identity;

namespace Procurement.Infrastructure.Demo;

/// <summary>Creates the demo agencies, staff and suppliers once; later runs find them and change nothing.</summary>
public sealed class DemoDataSeeder(ProcurementDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = new Dictionary<string, Guid>();
        foreach (var demo in DemoOrganisations.Agencies)
        {
            var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Identifier == demo.Identifier, cancellationToken);
            if (agency is null)
            {
                agency = new Agency(demo.Name, demo.Identifier, demo.ContactEmail, demo.Region);
                db.Agencies.Add(agency);
                await db.SaveChangesAsync(cancellationToken);
            }

            agencies[demo.Identifier] = agency.Id;
        }

        foreach (var staff in DemoOrganisations.Staff)
        {
            var agencyId = staff.AgencyIdentifier is null ? (Guid?)null : agencies[staff.AgencyIdentifier];
            await EnsureUserAsync(staff.Email, staff.DisplayName, staff.Role, user => user.AgencyId = agencyId);
        }

        foreach (var demo in DemoOrganisations.Suppliers)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var supplier = NewSupplier(demo.LegalName, demo.Region, demo.Size, demo.Status, demo.Description, demo.CpvCodes, demo.ContactName, demo.Email);
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync(cancellationToken);
            await EnsureUserAsync(demo.Email, demo.ContactName, Roles.Supplier, user => user.SupplierId = supplier.Id);
        }

        var existing = (await db.Suppliers.Select(s => s.LegalName).ToListAsync(cancellationToken)).ToHashSet();
        db.Suppliers.AddRange(DemoSupplierDirectory.Entries
            .Where(entry => !existing.Contains(entry.LegalName))
            .Select(entry => NewSupplier(entry.LegalName, entry.Region, entry.Size, entry.Status, entry.Description, entry.CpvCodes)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private Supplier NewSupplier(
        string legalName, string region, SupplierSize size, VerificationStatus status, string description, string[] cpvCodes,
        string? contactName = null, string? contactEmail = null)
    {
        var supplier = new Supplier(legalName);
        var now = clock.GetUtcNow();
        var details = DemoRegistrationDetails.For(legalName, region, contactName, contactEmail);
        supplier.ChangeCompany(legalName, null, details.RegistrationNumber, details.TaxIdentifier, _seededBy, now);
        supplier.ChangeLocation("GB", region, details.Address, _seededBy, now);
        supplier.ChangeAbout(size, description, details.Website, _seededBy, now);
        supplier.ChangeCategories(cpvCodes, _seededBy, now);
        supplier.ChangeContacts([details.Contact], _seededBy, now);
        if (status is VerificationStatus.PendingVerification or VerificationStatus.Verified)
        {
            db.SupplierDecisions.Add(supplier.SubmitForVerification(_seededBy, now));
        }

        if (status == VerificationStatus.Verified)
        {
            db.SupplierDecisions.Add(supplier.Verify(_seededBy, now));
        }

        return supplier;
    }

    /// <summary>Demo decisions are recorded as made by the platform itself, not by any person.</summary>
    private static readonly Guid _seededBy = Guid.Empty;

    private async Task EnsureUserAsync(string email, string displayName, string role, Action<ApplicationUser> belongTo)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Anyone trying the demo can replace a staff member's authenticator; put the published secret back.
            if (Roles.MustUseTwoFactor([role]) && (!existing.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(existing) != DemoOptions.TotpSecret))
            {
                await UseDemoAuthenticatorAsync(existing, email);
            }

            return;
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };
        belongTo(user);
        Check(await users.CreateAsync(user, DemoOptions.Password), email);
        Check(await users.AddToRoleAsync(user, role), email);

        if (Roles.MustUseTwoFactor([role]))
        {
            await UseDemoAuthenticatorAsync(user, email);
        }
    }

    private async Task UseDemoAuthenticatorAsync(ApplicationUser user, string email)
    {
        Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoOptions.TotpSecret), email);
        Check(await users.SetTwoFactorEnabledAsync(user, true), email);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
