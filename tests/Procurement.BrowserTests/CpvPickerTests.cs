using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

/// <summary>
/// The CPV picker on My company, with the keyboard only. The demo supplier is verified, so the picker it can use is
/// the one for tender alerts (prefixes); both tests set and restore its alerts, so they share one class and never overlap.
/// </summary>
public sealed class CpvPickerTests(BrowserFixture fixture)
{
    private const string DemoSupplier = "Northwind Medical Supplies Ltd";

    [Fact]
    public async Task A_supplier_chooses_and_removes_alert_categories_with_the_keyboard_and_saves_them()
    {
        await SetAlertsAsync("45", "3311");
        try
        {
            var page = await fixture.NewPageAsync();
            await page.SignInAsync("supplier@procurement.test");
            await page.GotoAsync("/my-company/alerts");

            // The chosen categories are on the page with their labels before anything is typed.
            var imaging = page.GetByRole(AriaRole.Button, new() { Name = "Remove 33110000-4 Imaging equipment for medical, dental and veterinary use" });
            await imaging.WaitForAsync();
            Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Remove 45000000-7 Construction work" }).IsVisibleAsync());

            var combobox = page.GetByRole(AriaRole.Combobox, new() { Name = "CPV prefixes to follow" });
            await combobox.FocusAsync();
            await page.Keyboard.TypeAsync("road constr");
            var listbox = page.GetByRole(AriaRole.Listbox);
            await listbox.WaitForAsync();
            Assert.Equal("true", await combobox.GetAttributeAsync("aria-expanded"));
            Assert.Equal(await listbox.GetAttributeAsync("id"), await combobox.GetAttributeAsync("aria-controls"));
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "codes found" }).WaitForAsync();

            var violations = (await page.RunAxe()).Violations;
            Assert.True(violations.Length == 0, string.Join('\n', violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));

            await ArrowDownToAsync(page, combobox, "45233120-6");
            await page.Keyboard.PressAsync("Enter");

            await page.GetByRole(AriaRole.Button, new() { Name = "Remove 45233120-6 Road construction works" }).WaitForAsync();
            Assert.Equal("false", await combobox.GetAttributeAsync("aria-expanded"));
            Assert.Equal(string.Empty, await combobox.InputValueAsync());

            await imaging.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await imaging.WaitForAsync(new() { State = WaitForSelectorState.Detached });

            await page.GetByRole(AriaRole.Button, new() { Name = "Save alerts" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.GetByText("Your tender alerts were saved.").WaitForAsync();

            Assert.Equal(["45", "4523312"], await AlertsAsync());
            Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Remove 45233120-6 Road construction works" }).IsVisibleAsync());
            await page.Context.CloseAsync();
        }
        finally
        {
            await SetAlertsAsync();
        }
    }

    [Fact]
    public async Task A_twenty_first_category_is_refused_with_a_visible_message()
    {
        var twenty = new[] { "03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32", "33", "34", "35", "37", "38", "39", "41", "42" };
        await SetAlertsAsync(twenty);
        try
        {
            var page = await fixture.NewPageAsync();
            await page.SignInAsync("supplier@procurement.test");
            await page.GotoAsync("/my-company/alerts");

            var combobox = page.GetByRole(AriaRole.Combobox, new() { Name = "CPV prefixes to follow" });
            await combobox.FocusAsync();
            await page.Keyboard.TypeAsync("road constr");
            await page.GetByRole(AriaRole.Listbox).WaitForAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Enter");

            // The visible message; the live region beside it may announce the same words to screen readers.
            await page.Locator(".cpv-picker__message").Filter(new() { HasText = "You can choose at most 20. Remove one before adding another." }).WaitForAsync();
            Assert.Equal(20, await page.Locator(".cpv-picker__chip").CountAsync());
            Assert.Equal(string.Join(", ", twenty), await page.Locator("textarea[name=TenderAlerts]").InputValueAsync());
            await page.Context.CloseAsync();
        }
        finally
        {
            await SetAlertsAsync();
        }
    }

    private static async Task ArrowDownToAsync(IPage page, ILocator combobox, string code)
    {
        for (var presses = 0; presses < 20; presses++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            var active = await combobox.GetAttributeAsync("aria-activedescendant");
            Assert.NotNull(active);
            var option = page.Locator($"#{active}");
            Assert.Equal("true", await option.GetAttributeAsync("aria-selected"));
            if ((await option.TextContentAsync())?.Contains(code, StringComparison.Ordinal) == true)
            {
                return;
            }
        }

        Assert.Fail($"{code} is not among the options.");
    }

    private async Task SetAlertsAsync(params string[] prefixes) => await fixture.App.WithDbAsync(async db =>
    {
        var supplier = await db.Suppliers.SingleAsync(s => s.LegalName == DemoSupplier);
        supplier.SubscribeTo(prefixes);
        return await db.SaveChangesAsync();
    });

    private Task<List<string>> AlertsAsync() => fixture.App.WithDbAsync(async db =>
        (await db.Suppliers.AsNoTracking().SingleAsync(s => s.LegalName == DemoSupplier)).SubscribedCpvPrefixes.ToList());
}
