using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

public sealed class AwardNoticeJourneyTests(BrowserFixture fixture)
{
    private const string Title = "Office furniture for the refurbished County Hall";

    [Fact]
    public async Task The_public_reads_an_award_notice_and_follows_it_to_the_OCDS_record()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Primary navigation" }).GetByRole(AriaRole.Link, new() { Name = "Awards" }).ClickAsync();
        await page.WaitForURLAsync("**/awards");
        await page.GetByLabel("Category (CPV division)").SelectOptionAsync("39");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**/awards?*cpv=39*");
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await page.WaitForURLAsync("**/awards/PRC-*");

        Assert.Equal(Title, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        var notice = await page.Locator("main").TextContentAsync() ?? string.Empty;
        Assert.Contains("Northshire County Council", notice, StringComparison.Ordinal);
        Assert.Contains("Desks and task chairs", notice, StringComparison.Ordinal);
        Assert.Contains("Download (PDF)", notice, StringComparison.Ordinal);
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, violation => violation.Impact is "serious" or "critical");

        var reference = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = $"ocds-prc000-{reference}" }).ClickAsync(),
            r => r.Url.Contains("/api/ocds/records/", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        using var record = JsonDocument.Parse(await response.TextAsync());
        var first = record.RootElement.GetProperty("records")[0];
        Assert.Equal($"ocds-prc000-{reference}", first.GetProperty("ocid").GetString());
        Assert.Equal(Title, first.GetProperty("compiledRelease").GetProperty("tender").GetProperty("title").GetString());
        await page.Context.CloseAsync();
    }
}
