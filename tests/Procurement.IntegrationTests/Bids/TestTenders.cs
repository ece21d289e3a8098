using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Tenders;
using Procurement.Domain.Bids;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Bids;

/// <summary>Tenders with a deadline seconds away, made through the same use cases as the officer's pages, and bidders.</summary>
internal static class TestTenders
{
    public const string Password = "correct horse battery staple";

    /// <summary>
    /// Drafts and publishes a one- or two-lot tender of the demo officer's agency whose submission deadline is
    /// <paramref name="untilDeadline"/> from now, to the second (the form works in minutes). Returns id and reference.
    /// Best value: price 60, "Technical merit" 30, "Social value" 10.
    /// </summary>
    public static async Task<(Guid Id, string Reference, DateTimeOffset Deadline)> PublishAsync(
        this ProcurementAppFactory app, TimeSpan untilDeadline, ProcurementProcedure procedure = ProcurementProcedure.OpenProcedure, int lots = 2,
        EvaluationMethod method = EvaluationMethod.LowestPrice)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var officer = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(TestAccounts.DemoOfficer);
        var actor = new TenderActor(officer!.Id, officer.AgencyId, IsAdmin: false);
        var deadline = DateTimeOffset.UtcNow + untilDeadline;
        var details = new TenderDetails(
            $"Bid test {Guid.NewGuid():N}"[..30],
            "Winter maintenance of council roads, with gritting on call.",
            procedure,
            method,
            deadline - (untilDeadline / 2),
            deadline,
            "A test tender with a deadline seconds away.",
            [.. Enumerable.Range(1, lots).Select(n => new LotDetails($"Lot {n} gritting", null, "45233141-9", 12, "MON", 50_000 * n, "GBP"))],
            method == EvaluationMethod.BestValue ? 60 : null,
            method == EvaluationMethod.BestValue ? [new CriterionDetails("Technical merit", 30), new CriterionDetails("Social value", 10)] : []);
        var drafted = await scope.ServiceProvider.GetRequiredService<DraftTenderHandler>().HandleAsync(new CreateTenderDraft(actor, officer.AgencyId!.Value, details), CancellationToken.None);
        Assert.True(drafted.Succeeded, string.Join("; ", drafted.Errors.Select(e => e.Message)));
        var published = await scope.ServiceProvider.GetRequiredService<PublishTenderHandler>().HandleAsync(new PublishTender(actor, drafted.TenderId), CancellationToken.None);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Message)));
        var tender = await app.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == drafted.TenderId));
        return (tender.Id, tender.Reference!, tender.SubmissionDeadline);
    }

    /// <summary>A verified supplier with one user, signed in.</summary>
    public static async Task<(WebSession Session, Guid SupplierId, string Email)> SignedInBidderAsync(this ProcurementAppFactory app, string company = "Bidder")
    {
        var supplier = new Supplier($"{company} {Guid.NewGuid():N}"[..(company.Length + 9)] + " Ltd")
            .Completed("Wales", "Road maintenance and gritting.", ["45233141-9"])
            .VerifiedAt(DateTimeOffset.UtcNow.AddDays(-30));
        var email = await app.AddWithUserAsync(supplier, "bidder", "Bea Bidder", Password);
        var session = new WebSession(app);
        await session.SignInAsync(email, Password);
        return (session, supplier.Id, email);
    }

    /// <summary>The bid form's fields for a price on lot 1 (and lot 2 when given).</summary>
    public static Dictionary<string, string> Offer(string price, string? notes = null, string? secondPrice = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Lots[0].LotNumber"] = "1",
            ["Lots[0].Price"] = price,
            ["Lots[0].ValidityDays"] = "90",
            ["Lots[0].Notes"] = notes ?? string.Empty,
            ["Lots[1].LotNumber"] = "2",
            ["Lots[1].Price"] = secondPrice ?? string.Empty,
            ["Lots[1].ValidityDays"] = secondPrice is null ? string.Empty : "60",
            ["Lots[1].Notes"] = string.Empty,
        };
        return fields;
    }

    public static Dictionary<string, string> Submitting(this Dictionary<string, string> fields)
    {
        fields["Action"] = "submit";
        return fields;
    }

    /// <summary>Waits for the scheduler to open the tender; returns the opening record.</summary>
    public static async Task<OpeningRecord> OpenedEventuallyAsync(this ProcurementAppFactory app, Guid tenderId, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (true)
        {
            var record = await app.WithDbAsync(db => db.OpeningRecords.AsNoTracking()
                .Include(r => r.Bids).ThenInclude(b => b.Attachments)
                .AsSplitQuery()
                .SingleOrDefaultAsync(r => r.TenderId == tenderId));
            if (record is not null)
            {
                return record;
            }

            Assert.True(DateTime.UtcNow < until, $"The tender was not opened within {within.TotalSeconds} seconds.");
            await Task.Delay(200);
        }
    }
}
