using Procurement.Domain.Tenders;

namespace Procurement.Domain.Tests.Tenders;

/// <summary>Tenders and their details as an officer would fill them in, relative to <see cref="Now"/>.</summary>
internal static class TenderBuilder
{
    public static readonly Guid Officer = Guid.NewGuid();
    public static readonly Guid Agency = Guid.NewGuid();
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly TenderRules Rules = new(MinimumSubmissionDays: 10);

    public static LotDetails Lot(string title = "Resurfacing", string cpv = "45233120-6") =>
        new(title, "Surface course and road markings.", cpv, 1200m, "MTK", 250_000m, "GBP");

    public static TenderDetails Details(
        EvaluationMethod method = EvaluationMethod.BestValue, int? priceWeight = 60, IReadOnlyList<CriterionDetails>? criteria = null,
        int submissionDays = 30, int clarificationDays = 20, IReadOnlyList<LotDetails>? lots = null, string? justification = null) =>
        new("Resurfacing of the A689", "Resurfacing and markings on 3 km of the A689.", ProcurementProcedure.OpenProcedure, method,
            Now.AddDays(clarificationDays), Now.AddDays(submissionDays), justification,
            lots ?? [Lot(), Lot("Road markings", "45233221-4")], priceWeight,
            criteria ?? [new CriterionDetails("Technical merit", 30), new CriterionDetails("Social value", 10)]);

    public static Tender Draft(TenderDetails? details = null) => Tender.Draft(Agency, details ?? Details(), Officer, Now).Tender;

    public static OpeningKey KeyFor(Tender tender) =>
        new(new byte[32], "ABCD EF01", tender.SubmissionDeadline, "procurement/opening-key/v1", "kek-1", new byte[12], new byte[48]);

    public static Tender Published(TenderDetails? details = null)
    {
        var tender = Draft(details);
        tender.Publish(Now, "PRC-2026-000001", "ocds-prc000-PRC-2026-000001", KeyFor(tender), Rules, Officer);
        return tender;
    }
}
