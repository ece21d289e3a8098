using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

public sealed class BidJourneyTests(BrowserFixture fixture)
{
    private const string Supplier = "Northwind Medical Supplies Ltd";

    /// <summary>
    /// The whole sealed-bid journey against the real clock: the deadline is about a minute after the form is filled, so
    /// the scheduler opens the bids during the test, as it would in production.
    /// </summary>
    [Fact]
    public async Task The_officer_publishes_a_supplier_bids_and_keeps_its_receipt_and_after_the_deadline_both_read_the_opening_record()
    {
        var officer = await fixture.NewPageAsync();
        await officer.SignInAsync("officer@procurement.test", withAuthenticatorCode: true);
        var title = $"Infusion pumps {Guid.NewGuid():N}"[..23];
        var deadline = await CreateAndPublishClosingSoonAsync(officer, title);
        var officerTenderPage = officer.Url;
        var reference = (await officer.GetByRole(AriaRole.Link, new() { Name = "See the public page" }).GetAttributeAsync("href"))!["/tenders/".Length..];

        // The supplier finds the tender, bids for its lot and keeps the signed receipt.
        var supplier = await fixture.NewPageAsync();
        await supplier.SignInAsync("supplier@procurement.test");
        await supplier.GotoAsync($"/tenders/{reference}");
        await supplier.Locator("#bid-link").ClickAsync();
        await supplier.WaitForURLAsync($"**/tenders/{reference}/bid");
        Assert.Equal("Your company has not submitted a bid.", await supplier.Locator("#bid-status").TextContentAsync());
        AssertNoSeriousViolations(await supplier.RunAxe(), "the bid form");

        // A price that is not a number: the message links to the field, which keeps what was typed.
        await supplier.GetByLabel("Price, without tax").FillAsync("twelve thousand");
        await supplier.GetByLabel("Offer valid for (days)").FillAsync("90");
        await supplier.Locator("#submit-bid").ClickAsync();
        await supplier.GetByRole(AriaRole.Alert).WaitForAsync();
        var price = supplier.GetByLabel("Price, without tax");
        Assert.Equal("true", await price.GetAttributeAsync("aria-invalid"));
        Assert.Equal("twelve thousand", await price.InputValueAsync());
        Assert.Equal("90", await supplier.GetByLabel("Offer valid for (days)").InputValueAsync());
        Assert.Equal($"#{await price.GetAttributeAsync("id")}", await supplier.Locator("#error-summary a").First.GetAttributeAsync("href"));
        Assert.Equal("Your company has not submitted a bid.", await supplier.Locator("#bid-status").TextContentAsync());

        await price.FillAsync("12500.00");
        await supplier.Locator("#submit-bid").ClickAsync();
        await supplier.GetByText("Your bid was sealed and received at").WaitForAsync();
        Assert.True(DateTimeOffset.UtcNow < deadline, "The bid must be submitted before the deadline; the test ran too slowly to prove anything.");
        Assert.StartsWith("Submitted and sealed", await supplier.Locator("#bid-status").TextContentAsync(), StringComparison.Ordinal);
        AssertNoSeriousViolations(await supplier.RunAxe(), "the bid page with its receipt");
        var sealedHash = (await supplier.Locator("code.sha256").TextContentAsync())!.Trim();
        Assert.Matches("^[0-9a-f]{64}$", sealedHash);

        var download = await supplier.RunAndWaitForDownloadAsync(() =>
            supplier.GetByRole(AriaRole.Link, new() { Name = "Download the receipt for version 1" }).ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        var receiptText = await File.ReadAllTextAsync((await download.PathAsync())!);
        using (var file = JsonDocument.Parse(receiptText))
        {
            Assert.Equal("procurement-receipt-file/v1", file.RootElement.GetProperty("format").GetString());
            Assert.Equal("Ed25519", file.RootElement.GetProperty("algorithm").GetString());
            using var payload = JsonDocument.Parse(file.RootElement.GetProperty("payload").GetString()!);
            Assert.Equal(reference, payload.RootElement.GetProperty("tenderReference").GetString());
            Assert.Equal("submission", payload.RootElement.GetProperty("kind").GetString());
            Assert.Contains(payload.RootElement.GetProperty("parts").EnumerateArray(), part => part.GetProperty("ciphertextSha256").GetString() == sealedHash);
        }

        await supplier.GotoAsync("/receipts/verify");
        await supplier.GetByLabel("Receipt text").FillAsync(receiptText);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await supplier.GetByRole(AriaRole.Heading, new() { Name = "The receipt is valid" }).WaitForAsync();
        Assert.Contains(sealedHash, await supplier.Locator("#receipt-result + dl").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        AssertNoSeriousViolations(await supplier.RunAxe(), "the receipt check");

        await supplier.GotoAsync($"/tenders/{reference}");
        Assert.Equal("1", await supplier.Locator("#sealed-bid-count").TextContentAsync());

        // After the deadline the scheduler opens the bids by itself; the bidder reads the record without anyone acting.
        var wait = deadline - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, TestContext.Current.CancellationToken);
        }

        await WaitForOpeningRecordAsync(supplier, reference, TimeSpan.FromSeconds(60));
        var supplierRow = supplier.Locator("#opening-record tbody tr", new() { HasText = Supplier });
        Assert.Equal(1, await supplier.Locator("#opening-record tbody tr").CountAsync());
        var supplierRowText = await supplierRow.TextContentAsync() ?? string.Empty;
        Assert.Contains("Your bid", supplierRowText, StringComparison.Ordinal);
        Assert.Contains("Lot 1: GBP 12,500.00", supplierRowText, StringComparison.Ordinal);
        Assert.Contains("Intact: opened and verified", supplierRowText, StringComparison.Ordinal);
        Assert.DoesNotContain("valid 90 days", supplierRowText, StringComparison.Ordinal);
        Assert.Equal(sealedHash, (await supplierRow.Locator("code.sha256").TextContentAsync())!.Trim());
        Assert.Equal("1", await supplier.Locator("#opened-count").TextContentAsync());
        // The deadline kept its seconds: the record states it exactly.
        Assert.Contains(deadline.ToString("yyyy-MM-dd HH:mm:ss.ffffff 'UTC'", CultureInfo.InvariantCulture), await supplier.Locator("dl.tender-facts").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        AssertNoSeriousViolations(await supplier.RunAxe(), "the opening record a bidder reads");

        // The officer reaches the same record from the tender's page and also sees how long the offer is valid.
        await officer.GotoAsync(officerTenderPage);
        await officer.Locator("#opening-link").ClickAsync();
        await officer.WaitForURLAsync($"**/tenders/{reference}/opening");
        var officerRow = officer.Locator("#opening-record tbody tr", new() { HasText = Supplier });
        var officerRowText = await officerRow.TextContentAsync() ?? string.Empty;
        Assert.Contains("Lot 1: GBP 12,500.00, valid 90 days", officerRowText, StringComparison.Ordinal);
        Assert.DoesNotContain("Your bid", officerRowText, StringComparison.Ordinal);
        Assert.Equal(sealedHash, (await officerRow.Locator("code.sha256").TextContentAsync())!.Trim());
        AssertNoSeriousViolations(await officer.RunAxe(), "the opening record an officer reads");

        await supplier.Context.CloseAsync();
        await officer.Context.CloseAsync();
    }

    /// <summary>
    /// Creates a one-lot tender whose submission deadline is about a minute away (with the justification a period that short needs)
    /// and publishes it; returns the deadline, to the second. The officer's tender page is open afterwards.
    /// </summary>
    private static async Task<DateTimeOffset> CreateAndPublishClosingSoonAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage tenders" }).ClickAsync();
        await page.WaitForURLAsync("**/tenders/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create a tender" }).ClickAsync();
        await page.WaitForURLAsync("**/tenders/manage/new");

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Volumetric infusion pumps for an urgent replacement after a manufacturer's recall.");
        await page.GetByLabel("Justification for a shorter submission period (optional)").FillAsync("A manufacturer's recall withdrew the pumps in use; replacements are needed at once.");
        await page.GetByLabel("Lot title").FillAsync("Volumetric infusion pumps");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "CPV code" }).FocusAsync();
        await page.Keyboard.TypeAsync("33192120-9");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove 33192120-9 Hospital beds" }).WaitForAsync();
        await page.GetByLabel("Quantity").FillAsync("40");
        await page.GetByLabel("Unit", new() { Exact = true }).SelectOptionAsync("H87");
        await page.GetByLabel("Estimated value without tax").FillAsync("30000");

        // The deadlines go in last, to the second (the inputs take seconds though the picker shows minutes; the page says UTC).
        var now = DateTimeOffset.UtcNow;
        var deadline = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(70);
        await page.GetByLabel("Clarification deadline (UTC)").FillAsync(LocalInput(deadline.AddSeconds(-30)));
        await page.GetByLabel("Submission deadline (UTC)").FillAsync(LocalInput(deadline));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).Last.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await page.GetByText("The tender is published as").WaitForAsync();
        Assert.Contains(deadline.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture), await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        return deadline;
    }

    /// <summary>Reloads the opening record until the scheduler has opened the bids: before that the page is not found.</summary>
    private static async Task WaitForOpeningRecordAsync(IPage page, string reference, TimeSpan limit)
    {
        var giveUp = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            var response = await page.GotoAsync($"/tenders/{reference}/opening");
            if (response is { Status: 200 } && await page.Locator("#opening-record").CountAsync() == 1)
            {
                return;
            }

            Assert.True(DateTimeOffset.UtcNow < giveUp, $"The bids of {reference} were not opened within {limit.TotalSeconds:0} seconds of the deadline (last answer {response?.Status}).");
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        }
    }

    private static string LocalInput(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static void AssertNoSeriousViolations(Deque.AxeCore.Commons.AxeResult result, string where)
    {
        var serious = result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{where} has accessibility violations:\n{string.Join('\n', serious)}");
    }
}
