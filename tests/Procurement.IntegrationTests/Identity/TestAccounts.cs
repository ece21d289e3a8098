using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Identity;

/// <summary>Signs in through the real pages, and makes fresh accounts for tests that change an account's state.</summary>
internal static class TestAccounts
{
    public const string DemoOfficer = "officer@procurement.test";
    public const string DemoSupplier = "supplier@procurement.test";

    public static Task<WebSession.Page> SignInAsync(this WebSession session, string email, string password = DemoOptions.Password) =>
        session.SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public static Task<WebSession.Page> EnterCodeAsync(this WebSession session, string code) =>
        session.SubmitAsync("/account/sign-in/two-factor", "/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });

    /// <summary>A confirmed account in <paramref name="role"/>, with no second factor enrolled.</summary>
    public static async Task<string> CreateConfirmedUserAsync(this ProcurementAppFactory app, string role, string password = DemoOptions.Password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@procurement.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}" };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }
}
