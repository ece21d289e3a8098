using Procurement.Application.OpenData;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.OpenData;

namespace Procurement.IntegrationTests.OpenData;

/// <summary>Constructed OCDS stages of one contracting process, for the mapping tests (no database).</summary>
internal static class OcdsStagesBuilder
{
    public static readonly DateTimeOffset Published = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly OcdsProcess Process = new(
        Guid.Parse("0b9d7d1e-5a55-4c43-8f55-3b7c5a6f7f01"), "ocds-prc000-PRC-2026-000123", "PRC-2026-000123", new OcdsBuyer("Northshire County Council", "NCC-001", "North"));

    public static readonly OcdsSupplier Gritters = new(Guid.Parse("7a3f2e55-0000-4000-8000-000000000001"), "Gritters Ltd", "01234567", "GB", IsSme: true);

    public static readonly OcdsSupplier Roadworks = new(Guid.Parse("7a3f2e55-0000-4000-8000-000000000002"), "Roadworks GmbH", "HRB 12345", "DE", IsSme: false);

    private static readonly Lazy<OcdsSchemaValidator> _sharedValidator = new(() => OcdsSchemaValidator.LoadAsync().GetAwaiter().GetResult());

    public static OcdsSchemaValidator Validator => _sharedValidator.Value;

    public static OcdsReleaseMapper Mapper { get; } = new(new OcdsSettings(), new FixedLinks());

    public static OcdsTenderState State(string title = "Winter gritting", decimal lot2 = 30_000, DateTimeOffset? deadline = null) => new(
        title,
        "Gritting of county roads, with salt supply.",
        ProcurementProcedure.OpenProcedure,
        EvaluationMethod.BestValue,
        Published,
        Published.AddDays(20),
        deadline ?? Published.AddDays(30),
        [
            new OcdsLot(1, "Gritting", null, "90620000-9", 100, "KMT", 50_000, "GBP"),
            new OcdsLot(2, "Road salt", "Rock salt, 6 mm.", "34927100-2", 400, "TNE", lot2, "GBP"),
        ],
        [new OcdsCriterion("Price", 60), new OcdsCriterion("Quality", 40)],
        [new OcdsDocument(Guid.Parse("d0c00000-0000-4000-8000-000000000001"), "Specification", "spec.pdf")]);

    public static OcdsTenderPublished Publication() => new(Process, Published, State());

    public static OcdsTenderAmended Amendment() => new(Process, Published.AddDays(5), State("Winter gritting 2026/27", 35_000, Published.AddDays(40)), 2, 1, "Salt quantity corrected; deadline extended.", Material: true);

    public static OcdsBidsOpened Opening() => new(
        Process, Published.AddDays(40).AddMinutes(1), State("Winter gritting 2026/27", 35_000, Published.AddDays(40)), [Gritters, Roadworks], new Dictionary<int, int> { [1] = 2, [2] = 1 });

    public static OcdsAwardInput Award(OcdsAwardStep step, int round = 1, TenderStatus status = TenderStatus.Standstill) => new(
        Process,
        Published.AddDays(50 + (int)step),
        round,
        step,
        status,
        [
            new OcdsLotAward(1, Gritters, 48_250.50m, "GBP", Published.AddDays(50), null),
            new OcdsLotAward(2, null, null, null, Published.AddDays(50), "No compliant bid."),
        ]);

    public static OcdsContractInput Contract(DateTimeOffset? signed) => new(
        Process, Published.AddDays(60), 1, 1, 1, Gritters, 48_250.50m, "GBP", Published.AddDays(70), Published.AddDays(435), signed,
        new OcdsContractDocument("Signed contract", "/tenders/PRC-2026-000123/contracts/1.pdf"));

    public sealed class FixedLinks : ITenderLinks
    {
        public Uri PublicPage(string reference) => new($"https://procurement.example/tenders/{reference}");
    }
}
