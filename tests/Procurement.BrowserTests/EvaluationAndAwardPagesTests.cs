using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

/// <summary>
/// axe-core finds nothing serious or critical on the committee's and the officer's evaluation and award pages, reached
/// with the keyboard-usable links of the demo tenders in evaluation, in standstill and awarded.
/// </summary>
public sealed class EvaluationAndAwardPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_committee_pages_of_a_tender_in_evaluation_have_no_serious_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("evaluator.county@procurement.test", withAuthenticatorCode: true);

        await page.GetByRole(AriaRole.Link, new() { Name = "Evaluations" }).First.ClickAsync();
        await page.WaitForURLAsync("**/evaluations");
        await AssertAccessibleAsync(page, "your evaluations");
        await page.GetByRole(AriaRole.Link, new() { Name = "School meals for 46 primary schools" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Evaluation of School meals for 46 primary schools", Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page, "the member's evaluation page");

        await page.GetByRole(AriaRole.Link, new() { Name = "Set the consensus for Harbour Catering Co-operative, lot 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Consensus scores: Harbour Catering Co-operative, lot 1", Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page, "the consensus page");
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the evaluation report" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Evaluation report", Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page, "the evaluation report");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_officer_award_complaint_and_contract_pages_have_no_serious_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("officer@procurement.test", withAuthenticatorCode: true);

        await OpenManagedTenderAsync(page, "Laboratory consumables for regional public health laboratories");
        await page.Locator("#award-link").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Award", Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page, "the award page in standstill");
        await page.GetByRole(AriaRole.Link, new() { Name = "Complaints" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Complaints", Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page, "the complaints page");

        await OpenManagedTenderAsync(page, "Hospital beds and pressure-relief mattresses for community hospitals");
        await page.Locator("#award-link").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Award", Level = 1 }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Lot 1 with ") }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Contract for lot 1", Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page, "the contract page");
        await page.Context.CloseAsync();
    }

    private static async Task OpenManagedTenderAsync(IPage page, string title)
    {
        await page.GotoAsync("/tenders/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 }).WaitForAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var serious = (await page.RunAxe()).Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{what} has accessibility violations:\n{string.Join('\n', serious)}");
    }
}
