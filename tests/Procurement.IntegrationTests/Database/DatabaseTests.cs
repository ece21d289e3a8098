using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Database;

public sealed class DatabaseTests(AppFixture fixture)
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        var pending = await fixture.App.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The EF Core model changed without a migration: run 'dotnet ef migrations add <Name> --project migrations/Procurement.Migrations'.");
    }

    [Fact]
    public async Task All_CPV_2008_codes_and_recommended_units_are_seeded()
    {
        Assert.Equal(9454, await fixture.App.WithDbAsync(db => db.CpvCodes.CountAsync()));
        Assert.Equal("Road construction works", await fixture.App.WithDbAsync(db => db.CpvCodes.Where(c => c.Code == "45233120-6").Select(c => c.Label).SingleAsync()));
        Assert.Equal(53, await fixture.App.WithDbAsync(db => db.UnitsOfMeasure.CountAsync()));
    }

    [Fact]
    public async Task Starting_again_changes_no_seeded_data()
    {
        var before = await CountsAsync();

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
        }

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(DemoOrganisations.Agencies.Length, before.Agencies);
    }

    [Fact]
    public async Task Starting_again_puts_back_a_demo_staff_authenticator_that_a_visitor_replaced()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var officer = await users.FindByEmailAsync("officer.county@procurement.test") ?? throw new InvalidOperationException("No demo officer.");
        await users.ResetAuthenticatorKeyAsync(officer);

        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);

        Assert.Equal(DemoOptions.TotpSecret, await users.GetAuthenticatorKeyAsync(officer));
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database()
    {
        using var client = fixture.App.CreateClient();
        await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.True(await fixture.App.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    // Demo agencies only: other tests sharing the app add agencies of their own (catalog, orders).
    private static readonly string[] DemoIdentifiers = [.. DemoOrganisations.Agencies.Select(agency => agency.Identifier)];

    private Task<(int Agencies, int Suppliers, int Cpv, int Roles)> CountsAsync() => fixture.App.WithDbAsync(async db =>
        (await db.Agencies.CountAsync(a => DemoIdentifiers.Contains(a.Identifier)), await db.Suppliers.CountAsync(s => s.LegalName.StartsWith("Northwind")), await db.CpvCodes.CountAsync(), await db.Roles.CountAsync()));
}
