using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Suppliers;

/// <summary>Fills in a supplier as the registration wizard would, so that it can be submitted and verified.</summary>
internal static class TestSuppliers
{
    public static Supplier Completed(this Supplier supplier, string region = "London", string description = "Test company.", string[]? cpvCodes = null)
    {
        var now = DateTimeOffset.UtcNow;
        supplier.ChangeCompany(supplier.LegalName, null, "01234567", "GB123456789", Guid.Empty, now);
        supplier.ChangeLocation("GB", region, new PostalAddress("1 High Street", null, "Testtown", "TE1 1ST"), Guid.Empty, now);
        supplier.ChangeAbout(SupplierSize.Small, description, null, Guid.Empty, now);
        supplier.ChangeCategories(cpvCodes ?? ["71311000-1"], Guid.Empty, now);
        supplier.ChangeContacts([new SupplierContact("Test Person", "Bid manager", "bids@supplier.test", "020 7946 0000")], Guid.Empty, now);
        return supplier;
    }

    /// <summary>Submits a completed supplier and verifies it, both by the platform at <paramref name="at"/>.</summary>
    public static Supplier VerifiedAt(this Supplier supplier, DateTimeOffset at)
    {
        supplier.SubmitForVerification(SupplierDecision.Platform, at);
        supplier.Verify(SupplierDecision.Platform, at);
        return supplier;
    }

    /// <summary>Saves the supplier straight through the database with one confirmed user in the Supplier role; returns the user's e-mail.</summary>
    public static async Task<string> AddWithUserAsync(this ProcurementAppFactory app, Supplier supplier, string emailPrefix, string displayName, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{emailPrefix}-{Guid.NewGuid():N}@supplier.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, SupplierId = supplier.Id };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Supplier)).Succeeded);
        return email;
    }

    /// <summary>Registers a company through the registration form, confirms the e-mail from the mailbox and signs in.</summary>
    public static async Task<WebSession> RegisterAndSignInAsync(this ProcurementAppFactory app, string company, string email, string displayName, string password)
    {
        var session = new WebSession(app);
        await session.SubmitAsync("/account/register", "/account/register", new Dictionary<string, string>
        {
            ["CompanyLegalName"] = company,
            ["DisplayName"] = displayName,
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
        await session.GetAsync(Mailbox.LinkTo(Mailbox.LatestTo(app, email), "/account/confirm-email"));
        await session.SignInAsync(email, password);
        return session;
    }
}
