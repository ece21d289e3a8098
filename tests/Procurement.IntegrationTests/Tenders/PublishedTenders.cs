using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Tenders;

/// <summary>Publishes a one-lot tender through the officer's pages, for tests about what happens to published tenders.</summary>
internal static partial class PublishedTenders
{
    public static async Task<WebSession> SignedInOfficerAsync(this ProcurementAppFactory app, string email = TestAccounts.DemoOfficer)
    {
        var officer = new WebSession(app);
        await officer.SignInAsync(email);
        await officer.EnterCodeAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));
        return officer;
    }

    /// <summary>Returns the tender's id and reference.</summary>
    public static async Task<(Guid Id, string Reference)> PublishAsync(this ProcurementAppFactory app, WebSession officer, string title)
    {
        var saved = await officer.SubmitAsync("/tenders/manage/new", "/tenders/manage/new", new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.Description"] = "Winter gritting of county roads.",
            ["Form.Procedure"] = "OpenProcedure",
            ["Form.EvaluationMethod"] = "LowestPrice",
            ["Form.ClarificationDeadline"] = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Form.SubmissionDeadline"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Form.Lots[0].Title"] = "Gritting",
            ["Form.Lots[0].CpvCode"] = "45233120-6",
            ["Form.Lots[0].Quantity"] = "100",
            ["Form.Lots[0].UnitCode"] = "KMT",
            ["Form.Lots[0].EstimatedAmount"] = "50000",
            ["Form.Lots[0].Currency"] = "GBP",
            ["Form.Command"] = "save",
        });
        Assert.Contains("The draft was saved", saved.Text, StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.Tenders.Where(t => t.Title == title).Select(t => t.Id).SingleAsync());
        var published = await officer.SubmitAsync($"/tenders/manage/{id}", $"/tenders/manage/{id}/publish", new Dictionary<string, string>());
        return (id, Reference().Match(published.Text).Value);
    }

    [GeneratedRegex(@"PRC-\d{4}-\d{6}")]
    private static partial Regex Reference();
}
