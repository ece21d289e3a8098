using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;

namespace Procurement.BrowserTests;

/// <summary>A new supplier fills in the registration wizard with the keyboard and mouse, with axe-core checks on every step.</summary>
public sealed class RegistrationWizardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_new_supplier_registers_its_company_step_by_step_and_submits_it()
    {
        var (email, company) = await NewSupplierAccountAsync();
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(email);

        await page.GetByRole(AriaRole.Link, new() { Name = "My company" }).ClickAsync();
        await page.WaitForURLAsync("**/my-company/company");
        await AssertAccessibleAsync(page, "step 1");

        await page.GetByLabel("Company number").FillAsync("ACME!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Alert).IsVisibleAsync());
        Assert.Equal("true", await page.GetByLabel("Company number").GetAttributeAsync("aria-invalid"));
        await AssertAccessibleAsync(page, "step 1 with errors");

        await page.GetByLabel("Company number").FillAsync("01234567");
        await page.GetByLabel("VAT or tax number").FillAsync("GB 123 4567 89");
        await ContinueAsync(page, "**/my-company/address", "step 2");

        await page.GetByLabel("Region").FillAsync("North West");
        await page.GetByLabel("Address line 1").FillAsync("4 Portland Street");
        await page.GetByLabel("Town or city").FillAsync("Manchester");
        await page.GetByLabel("Postcode").FillAsync("M1 2HF");
        await ContinueAsync(page, "**/my-company/about", "step 3");

        await page.GetByLabel("Company size").SelectOptionAsync("Small");
        await page.GetByLabel("What your company supplies").FillAsync("Hospital beds and mattresses, delivered and installed.");
        await page.GetByLabel("Website (optional)").FillAsync("https://www.beds.example.com");
        await ContinueAsync(page, "**/my-company/categories", "step 4");

        // The picker lists the exact code first; Enter on it makes it a chip.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "CPV categories" }).FocusAsync();
        await page.Keyboard.TypeAsync("33192100-3");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove 33192100-3 Beds for medical use" }).WaitForAsync();
        await ContinueAsync(page, "**/my-company/contacts", "step 5");

        await page.GetByRole(AriaRole.Group, new() { Name = "Contact 1" }).GetByLabel("Full name").FillAsync("Bea Dwell");
        await page.GetByRole(AriaRole.Group, new() { Name = "Contact 1" }).GetByLabel("Role").FillAsync("Sales director");
        await page.GetByRole(AriaRole.Group, new() { Name = "Contact 1" }).GetByLabel("E-mail address").FillAsync("bea@beds.example.com");
        await page.GetByRole(AriaRole.Group, new() { Name = "Contact 1" }).GetByLabel("Telephone").FillAsync("0161 496 0000");
        await ContinueAsync(page, "**/my-company/certificates", "step 6");

        await page.GetByLabel("What the certificate is").FillAsync("ISO 9001 quality management");
        await page.GetByLabel("Issued by").FillAsync("BSI");
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "iso9001.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload the certificate" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "iso9001.pdf" }).WaitForAsync();
        await AssertAccessibleAsync(page, "step 6 with a certificate");

        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to review" }).ClickAsync();
        await page.WaitForURLAsync("**/my-company/review");
        Assert.Contains("GB123456789", await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "review");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for verification" }).ClickAsync();
        await page.WaitForURLAsync("**/my-company");
        Assert.Contains("sent for verification", await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(company, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static async Task ContinueAsync(IPage page, string nextUrl, string nextStep)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(nextUrl, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Did not reach {nextStep}; the page at {page.Url} says: {await page.Locator("main").TextContentAsync()}");
        }

        await AssertAccessibleAsync(page, nextStep);
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var serious = (await page.RunAxe()).Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"The wizard's {what} has accessibility violations:\n{string.Join('\n', serious)}");
    }

    private async Task<(string Email, string Company)> NewSupplierAccountAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        var company = $"Bedside Test {Guid.NewGuid():N}"[..24] + " Ltd";
        var supplier = new Supplier(company);
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"wizard-{Guid.NewGuid():N}@supplier.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Bea Dwell", SupplierId = supplier.Id };
        Assert.True((await users.CreateAsync(user, DemoOptions.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Supplier)).Succeeded);
        return (email, company);
    }
}
