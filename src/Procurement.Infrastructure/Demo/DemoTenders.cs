using Microsoft.EntityFrameworkCore;
using Procurement.Application.Tenders;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Four published tenders (one closing in about three days) and one draft from the demo agencies, made through the
/// same use cases as an officer's, so the published ones have real references and opening keys. A tender whose
/// title exists is left alone, so later runs change nothing.
/// </summary>
public sealed class DemoTenderSeeder(ProcurementDbContext db, DraftTenderHandler drafts, PublishTenderHandler publisher, TimeProvider clock)
{
    private sealed record DemoTender(string AgencyIdentifier, TenderDetails Details, bool Publish);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Identifier, a => a.Id, cancellationToken);
        var existing = (await db.Tenders.Select(t => t.Title).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var demo in Tenders(clock.GetUtcNow()).Where(t => !existing.Contains(t.Details.Title!)))
        {
            var actor = new TenderActor(TenderEvent.Platform, agencies[demo.AgencyIdentifier], IsAdmin: false);
            var drafted = await drafts.HandleAsync(new CreateTenderDraft(actor, actor.AgencyId!.Value, demo.Details), cancellationToken);
            Check(drafted, demo);
            if (demo.Publish)
            {
                Check(await publisher.HandleAsync(new PublishTender(actor, drafted.TenderId), cancellationToken), demo);
            }
        }
    }

    private static void Check(TenderChange change, DemoTender demo)
    {
        if (!change.Succeeded)
        {
            throw new InvalidOperationException($"Demo tender “{demo.Details.Title}” was refused: {string.Join(" ", change.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }
    }

    /// <summary>Deadlines at noon UTC so they read naturally.</summary>
    private static DateTimeOffset Noon(DateTimeOffset now, int days) => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(12);

    /// <summary>The next full hour, <paramref name="days"/> days ahead: "closes in 3 days" whatever the time of day.</summary>
    private static DateTimeOffset OnTheHour(DateTimeOffset now, int days) =>
        new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour + 1), TimeSpan.Zero).AddDays(days);

    private static DemoTender[] Tenders(DateTimeOffset now) =>
    [
        new("DHSC", new TenderDetails(
            "Single-use surgical gloves and syringes for NHS trusts (urgent replacement supply)",
            "Replacement supply of sterile surgical gloves and single-use syringes for twelve NHS trusts in London while the national framework is re-let. Deliveries weekly to trust stores from January; full specification and delivery schedule in the documents.",
            ProcurementProcedure.RequestForQuotations, EvaluationMethod.LowestPrice, OnTheHour(now, 2), OnTheHour(now, 3),
            "The previous supplier's framework ended early after its insolvency; trusts hold less than four weeks of stock, so a longer period would interrupt clinical care (duly substantiated urgency).",
            [
                new LotDetails("Sterile surgical gloves, latex-free, sizes 6 to 9", null, "33141420-0", 1_200_000m, "PR", 540_000m, "GBP"),
                new LotDetails("Single-use syringes, 2 ml to 20 ml", null, "33141310-6", 3_000_000m, "H87", 210_000m, "GBP"),
            ],
            null, []), Publish: true),
        new("NCC", new TenderDetails(
            "Resurfacing of the A689 between Sedgefield and Wynyard, with road markings",
            "Planing and resurfacing of 3.2 km of the A689 single carriageway, kerb and drainage repairs, and renewal of road markings and studs. Works under overnight closures between April and July 2027.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, Noon(now, 25), Noon(now, 35), null,
            [
                new LotDetails("Carriageway resurfacing", "Planing, regulating and 40 mm surface course on 3.2 km.", "45233120-6", 23_500m, "MTK", 1_850_000m, "GBP"),
                new LotDetails("Road markings and studs", null, "45233221-4", 6.4m, "KMT", 96_000m, "GBP"),
            ],
            60, [new CriterionDetails("Technical merit and programme", 25), new CriterionDetails("Traffic management and safety", 10), new CriterionDetails("Social value", 5)]), Publish: true),
        new("NCC", new TenderDetails(
            "Grounds maintenance of parks and school fields, 2027 to 2030",
            "Grass cutting, hedge and shrub maintenance, litter picking and seasonal planting on 84 parks and 46 school fields across Northshire, for three years from April 2027 with an option to extend by one.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, Noon(now, 12), Noon(now, 21), null,
            [
                new LotDetails("Parks and open spaces", null, "77313000-7", 36m, "MON", 1_260_000m, "GBP"),
                new LotDetails("School fields", null, "77310000-6", 36m, "MON", 540_000m, "GBP"),
            ],
            70, [new CriterionDetails("Method statement and staffing", 30)]), Publish: true),
        new("DHSC", new TenderDetails(
            "Service desk and hosting for the Health Data Service",
            "First- and second-line service desk (08:00 to 20:00 on working days) and managed cloud hosting in UK regions for the Health Data Service web application, for two years.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, Noon(now, 30), Noon(now, 45), null,
            [
                new LotDetails("Service desk", null, "72253200-5", 24m, "MON", 720_000m, "GBP"),
                new LotDetails("Managed cloud hosting", null, "72415000-2", 24m, "MON", 380_000m, "GBP"),
            ],
            40, [new CriterionDetails("Service quality and staffing", 35), new CriterionDetails("Security and resilience", 25)]), Publish: true),
        new("NCC", new TenderDetails(
            "Supply of twelve electric vans for the highways fleet",
            "Twelve 3.5 t electric panel vans with racking, charging cables and a five-year maintenance package.",
            ProcurementProcedure.RequestForQuotations, EvaluationMethod.LowestPrice, Noon(now, 20), Noon(now, 30), null,
            [new LotDetails("Electric panel vans, 3.5 t", null, "34144900-7", 12m, "H87", 660_000m, "GBP")],
            null, []), Publish: false),
    ];
}
