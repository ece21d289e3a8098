using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Demo tenders at every stage after publication, with bids from the demo directory's verified companies, so the
/// public pages, statistics and open data have content from the first minute. Prices are chosen so that the rankings
/// are not all the same shape: a cheaper bid loses on quality, an SME wins, a lot attracts only an unaffordable bid.
/// </summary>
public static class DemoTenderHistory
{
    private const string DhscOfficer = "officer@procurement.test";
    private const string NccOfficer = "officer.county@procurement.test";

    public static readonly DemoStory[] Stories =
    [
        new("NCC", NccOfficer, DemoStage.Awarded, PublishedDaysAgo: 170, DeadlineDaysAgo: 135, (published, deadline) => new TenderDetails(
            "Maintenance of cemeteries and closed churchyards, 2026 to 2029",
            "Grass cutting, hedge and tree work, path repairs and memorial safety inspections at 31 council cemeteries and closed churchyards.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, deadline.AddDays(-10), deadline, null,
            [new LotDetails("Cemeteries and closed churchyards", null, "98371110-8", 36m, "MON", 420_000m, "GBP")],
            70, [new CriterionDetails("Method statement and staffing", 30)]),
            [new DemoBid("Stratton Landscaping Ltd", 372_000m), new DemoBid("Yarrow Landscaping Ltd", 356_500m), new DemoBid("GreenLeaf Grounds Maintenance", 401_000m)]),

        new("NCC", NccOfficer, DemoStage.Awarded, PublishedDaysAgo: 140, DeadlineDaysAgo: 110, (published, deadline) => new TenderDetails(
            "Office furniture for the refurbished County Hall",
            "Desks, task chairs, storage and meeting-room furniture for 420 workstations on four floors of County Hall, delivered and installed over two weekends.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.LowestPrice, deadline.AddDays(-8), deadline, null,
            [
                new LotDetails("Desks and task chairs", null, "39130000-2", 420m, "H87", 189_000m, "GBP"),
                new LotDetails("Storage and meeting-room furniture", null, "39120000-9", 1m, "LO", 64_000m, "GBP"),
            ],
            null, []),
            [new DemoBid("Granite Office Furniture Ltd", 176_400m, 61_250m), new DemoBid("Lowther Office Furniture Ltd", 181_900m, 58_700m), new DemoBid("Meridian Office Supplies", 184_300m, 66_900m)]),

        new("DHSC", DhscOfficer, DemoStage.Awarded, PublishedDaysAgo: 95, DeadlineDaysAgo: 60, (published, deadline) => new TenderDetails(
            "Penetration testing and security assurance for national health systems",
            "Annual penetration tests, red-team exercises and remediation retests for eight national health systems, with reports to the NCSC CHECK standard.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, deadline.AddDays(-10), deadline, null,
            [new LotDetails("Penetration testing and retests", null, "72810000-1", 24m, "MON", 560_000m, "GBP")],
            40, [new CriterionDetails("Testing methodology", 35), new CriterionDetails("Team qualifications", 25)]),
            [new DemoBid("Juniper Cyber Security plc", 468_000m), new DemoBid("Ironbridge Software LLP", 489_000m), new DemoBid("Northgate Software LLP", 512_500m)]),

        new("DHSC", DhscOfficer, DemoStage.Awarded, PublishedDaysAgo: 75, DeadlineDaysAgo: 40, (published, deadline) => new TenderDetails(
            "Hospital beds and pressure-relief mattresses for community hospitals",
            "Electric profiling beds and pressure-relief mattresses for 14 community hospitals, with delivery, installation, training and a five-year maintenance plan.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, deadline.AddDays(-10), deadline, null,
            [
                new LotDetails("Electric profiling beds", null, "33192120-9", 350m, "H87", 910_000m, "GBP"),
                new LotDetails("Pressure-relief mattresses", null, "33192000-2", 350m, "H87", 245_000m, "GBP"),
            ],
            60, [new CriterionDetails("Clinical suitability", 25), new CriterionDetails("Maintenance and support", 15)]),
            [new DemoBid("Northwind Medical Supplies Ltd", 861_000m, 238_000m), new DemoBid("Dunmore Medical Devices Co-operative", 829_500m, 251_300m), new DemoBid("Kingsley Dental Supplies Ltd", 902_000m, 226_400m)]),

        new("NCC", NccOfficer, DemoStage.Unsuccessful, PublishedDaysAgo: 70, DeadlineDaysAgo: 45, (published, deadline) => new TenderDetails(
            "Lease of electric pool cars for council staff",
            "Contract hire of 25 electric pool cars for staff business travel, with charge cards, servicing and replacement vehicles.",
            ProcurementProcedure.RequestForQuotations, EvaluationMethod.LowestPrice, deadline.AddDays(-5), deadline, null,
            [new LotDetails("Electric pool cars, contract hire", null, "34110000-1", 25m, "H87", 180_000m, "GBP")],
            null, []),
            [new DemoBid("Riverbend Fleet and Vehicles", 264_000m)],
            EndReason: "The only quotation received was 47% above the approved budget; the council will re-tender with a smaller fleet."),

        new("DHSC", DhscOfficer, DemoStage.Standstill, PublishedDaysAgo: 45, DeadlineDaysAgo: 14, (published, deadline) => new TenderDetails(
            "Laboratory consumables for regional public health laboratories",
            "Pipette tips, sample tubes, culture media and reagents for seven regional public health laboratories, delivered weekly for two years.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.LowestPrice, deadline.AddDays(-10), deadline, null,
            [new LotDetails("Laboratory consumables", null, "33696500-0", 24m, "MON", 312_000m, "GBP")],
            null, []),
            [new DemoBid("Everton Laboratory Co-operative", 287_300m), new DemoBid("Juniper Laboratory Co-operative", 295_000m), new DemoBid("Dunmore Pharmacy Services plc", 301_800m)]),

        new("NCC", NccOfficer, DemoStage.Evaluation, PublishedDaysAgo: 40, DeadlineDaysAgo: 6, (published, deadline) => new TenderDetails(
            "School meals for 46 primary schools",
            "Cooked lunches for about 9,800 pupils a day in 46 primary schools, meeting the School Food Standards, with local sourcing and menus agreed each term.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, deadline.AddDays(-10), deadline, null,
            [new LotDetails("Primary school meals", null, "55523100-3", 1_800_000m, "H87", 4_140_000m, "GBP")],
            50, [new CriterionDetails("Food quality and nutrition", 30), new CriterionDetails("Local sourcing and social value", 20)]),
            [new DemoBid("Harbour Catering Co-operative", 4_010_000m), new DemoBid("Vale Catering plc", 3_870_000m)]),

        new("DHSC", DhscOfficer, DemoStage.Opened, PublishedDaysAgo: 35, DeadlineDaysAgo: 1, (published, deadline) => new TenderDetails(
            "Interpreting and translation services for NHS 111",
            "Telephone and video interpreting in over 100 languages, around the clock, and written translation of patient information for NHS 111 providers.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.BestValue, deadline.AddDays(-10), deadline, null,
            [new LotDetails("Telephone and video interpreting", null, "79540000-1", 24m, "MON", 640_000m, "GBP")],
            60, [new CriterionDetails("Service availability and quality", 40)]),
            [new DemoBid("Yarrow Translation Ltd", 598_000m), new DemoBid("Zenith Training Ltd", 655_000m)]),

        new("NCC", NccOfficer, DemoStage.Cancelled, PublishedDaysAgo: 20, DeadlineDaysAgo: -15, (published, deadline) => new TenderDetails(
            "CCTV upgrade in council car parks",
            "Replacement of analogue CCTV cameras with IP cameras and a new recording server in nine council car parks.",
            ProcurementProcedure.OpenProcedure, EvaluationMethod.LowestPrice, deadline.AddDays(-10), deadline, null,
            [new LotDetails("CCTV cameras and recording", null, "32323500-8", 9m, "LO", 148_000m, "GBP")],
            null, []),
            [],
            EndReason: "The car parks are to be included in the new town-centre security contract, so this separate purchase is no longer needed."),

        new("DHSC", DhscOfficer, DemoStage.ClosingSoon, PublishedDaysAgo: 12, DeadlineDaysAgo: 0, (published, deadline) => new TenderDetails(
            "Printed patient information leaflets",
            "Printing and delivery of 1.2 million patient information leaflets in 14 designs to NHS trusts in England.",
            ProcurementProcedure.RequestForQuotations, EvaluationMethod.LowestPrice, deadline.AddDays(-3), deadline, null,
            [new LotDetails("Leaflet printing and delivery", null, "22458000-5", 1_200_000m, "H87", 96_000m, "GBP")],
            null, []),
            [new DemoBid("Maple Print Ltd", 88_600m)]),
    ];
}
