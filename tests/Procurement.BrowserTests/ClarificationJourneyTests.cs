using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

public sealed class ClarificationJourneyTests(BrowserFixture fixture)
{
    private const string Tender = "Service desk and hosting for the Health Data Service";

    [Fact]
    public async Task A_supplier_asks_the_officer_publishes_the_answer_and_the_supplier_is_notified()
    {
        var question = $"Which UK regions may host the service? ({Guid.NewGuid():N})"[..60];
        var supplier = await fixture.NewPageAsync();
        await supplier.SignInAsync("supplier@procurement.test");
        await supplier.GotoAsync("/tenders");
        await supplier.GetByRole(AriaRole.Link, new() { Name = Tender }).ClickAsync();
        await supplier.GetByRole(AriaRole.Heading, new() { Name = "Questions and answers" }).WaitForAsync();
        AssertNoSeriousViolations(await supplier.RunAxe());

        await supplier.GetByRole(AriaRole.Button, new() { Name = "Send the question" }).ClickAsync();
        Assert.True(await supplier.GetByRole(AriaRole.Alert).IsVisibleAsync());
        Assert.Equal("true", await supplier.GetByLabel("Your question").GetAttributeAsync("aria-invalid"));
        AssertNoSeriousViolations(await supplier.RunAxe());
        await supplier.GetByLabel("Your question").FillAsync(question);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Send the question" }).ClickAsync();
        await supplier.GetByText("Your question was sent").WaitForAsync();
        Assert.Contains("Waiting for an answer", await supplier.Locator("tr", new() { HasText = question }).TextContentAsync() ?? string.Empty, StringComparison.Ordinal);

        var officer = await fixture.NewPageAsync();
        await officer.SignInAsync("officer@procurement.test", withAuthenticatorCode: true);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Manage tenders" }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = Tender }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Questions from suppliers" }).ClickAsync();
        await officer.GetByRole(AriaRole.Heading, new() { Name = "Questions from suppliers", Level = 1 }).WaitForAsync();
        AssertNoSeriousViolations(await officer.RunAxe());
        await officer.Locator("tr", new() { HasText = question }).GetByRole(AriaRole.Link).ClickAsync();
        await officer.GetByRole(AriaRole.Heading, new() { Name = "Answer a question", Level = 1 }).WaitForAsync();
        AssertNoSeriousViolations(await officer.RunAxe());
        await officer.GetByLabel("The question as it will be published").FillAsync("Which UK regions may host the service?");
        await officer.GetByLabel("Answer", new() { Exact = true }).FillAsync("Any UK region certified to ISO 27001.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Publish the answer" }).ClickAsync();
        await officer.GetByText("The answer is published").WaitForAsync();

        await supplier.GotoAsync("/notifications");
        await supplier.GetByRole(AriaRole.Link, new() { Name = "unread" }).WaitForAsync();
        Assert.Contains("Any UK region certified to ISO 27001.", await supplier.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        AssertNoSeriousViolations(await supplier.RunAxe());
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
        await supplier.GetByRole(AriaRole.Link, new() { Name = "Notifications", Exact = true }).WaitForAsync();

        await supplier.GotoAsync("/tenders");
        await supplier.GetByRole(AriaRole.Link, new() { Name = Tender }).ClickAsync();
        Assert.Contains("Any UK region certified to ISO 27001.", await supplier.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        await supplier.Context.CloseAsync();
        await officer.Context.CloseAsync();
    }

    private static void AssertNoSeriousViolations(Deque.AxeCore.Commons.AxeResult result) =>
        Assert.DoesNotContain(result.Violations, violation => violation.Impact is "serious" or "critical");
}
