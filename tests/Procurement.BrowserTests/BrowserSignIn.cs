using Microsoft.Playwright;
using Procurement.Infrastructure.Demo;
using Procurement.Testing;

namespace Procurement.BrowserTests;

/// <summary>Signs a demo account in through the real form, as a person would, entering the authenticator code when asked.</summary>
internal static class BrowserSignIn
{
    public static async Task SignInAsync(this IPage page, string email, bool withAuthenticatorCode = false)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoOptions.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (withAuthenticatorCode)
        {
            await page.GetByLabel("Six-digit code from your authenticator app").FillAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        await page.WaitForURLAsync("**/dashboard");
    }
}
