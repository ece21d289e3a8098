using Procurement.Domain.Suppliers;

namespace Procurement.Infrastructure.Demo;

/// <summary>The fictional agencies, staff and suppliers a first run shows. All addresses use the reserved .test domain.</summary>
public static class DemoOrganisations
{
    public sealed record DemoAgency(string Name, string Identifier, string ContactEmail, string Region);

    public sealed record DemoStaff(string Email, string DisplayName, string Role, string? AgencyIdentifier);

    public sealed record DemoSupplier(
        string LegalName, string Email, string ContactName, string Region, SupplierSize Size,
        VerificationStatus Status, string Description, string[] CpvCodes);

    public static readonly DemoAgency[] Agencies =
    [
        new("Department of Health and Social Care", "DHSC", "procurement@health.procurement.test", "London"),
        new("Northshire County Council", "NCC", "purchasing@northshire.procurement.test", "North East"),
    ];

    public static readonly DemoStaff[] Staff =
    [
        new("officer@procurement.test", "Olivia Okafor", Domain.Identity.Roles.Officer, "DHSC"),
        new("officer.county@procurement.test", "Tom Hargreaves", Domain.Identity.Roles.Officer, "NCC"),
        new("evaluator@procurement.test", "Priya Raman", Domain.Identity.Roles.Evaluator, "DHSC"),
        new("evaluator2@procurement.test", "Daniel Mensah", Domain.Identity.Roles.Evaluator, "DHSC"),
        new("evaluator3@procurement.test", "Sofia Marques", Domain.Identity.Roles.Evaluator, "DHSC"),
        new("evaluator.county@procurement.test", "Ruth Adeyemi", Domain.Identity.Roles.Evaluator, "NCC"),
        new("evaluator.county2@procurement.test", "Callum Fraser", Domain.Identity.Roles.Evaluator, "NCC"),
        new("evaluator.county3@procurement.test", "Nadia Haddad", Domain.Identity.Roles.Evaluator, "NCC"),
        new("buyer@procurement.test", "Ben Whitaker", Domain.Identity.Roles.Buyer, "NCC"),
        new("approver@procurement.test", "Grace Lindqvist", Domain.Identity.Roles.Approver, "NCC"),
        new("admin@procurement.test", "Adam Novak", Domain.Identity.Roles.Admin, null),
        new("auditor@procurement.test", "Aisha Bello", Domain.Identity.Roles.Auditor, null),
    ];

    public static readonly DemoSupplier[] Suppliers =
    [
        new("Northwind Medical Supplies Ltd", "supplier@procurement.test", "Sam Carter", "North West", SupplierSize.Medium, VerificationStatus.Verified,
            "Distributor of hospital equipment and single-use clinical consumables with next-day delivery across England.",
            ["33100000-1", "33140000-3"]),
        new("Brightline Construction plc", "bids@brightline.procurement.test", "Helen Marsh", "Yorkshire and the Humber", SupplierSize.Large, VerificationStatus.Verified,
            "Main contractor for public buildings, schools and highways; ISO 9001 and ISO 14001 certified.",
            ["45000000-7", "45210000-2", "45233120-6"]),
        new("Clearview IT Services Ltd", "tenders@clearview.procurement.test", "Ravi Patel", "London", SupplierSize.Small, VerificationStatus.Verified,
            "Software development, cloud hosting and service desk support for public-sector organisations.",
            ["72000000-5", "72260000-5", "48000000-8"]),
        new("GreenLeaf Grounds Maintenance", "hello@greenleaf.procurement.test", "Megan Lloyd", "Wales", SupplierSize.Micro, VerificationStatus.Verified,
            "Parks, verges and school grounds maintenance, tree surgery and seasonal planting.",
            ["77310000-6", "77311000-3"]),
        new("Meridian Office Supplies", "sales@meridian.procurement.test", "Jonas Berg", "East of England", SupplierSize.Small, VerificationStatus.Verified,
            "Stationery, printed forms, office furniture and computers for schools and councils.",
            ["30192000-1", "22800000-8", "30213000-5"]),
        new("Harbour Catering Co-operative", "kitchen@harbour.procurement.test", "Fatima Khan", "South West", SupplierSize.Small, VerificationStatus.Verified,
            "Worker-owned caterer running school and hospital canteens with locally sourced food.",
            ["55500000-5", "55520000-1", "55320000-9"]),
        new("Apex Security Services", "contracts@apex.procurement.test", "Daniel Reid", "West Midlands", SupplierSize.Medium, VerificationStatus.Verified,
            "Manned guarding, CCTV monitoring and key holding for public buildings.",
            ["79710000-4", "79714000-2"]),
        new("Riverbend Fleet and Vehicles", "fleet@riverbend.procurement.test", "Chloe Evans", "East Midlands", SupplierSize.Medium, VerificationStatus.Verified,
            "Electric and conventional fleet vehicles, servicing and repair for councils and emergency services.",
            ["34100000-8", "34144900-7", "50110000-9"]),
        new("Summit Cleaning Services", "ops@summit.procurement.test", "Lukas Novak", "North East", SupplierSize.Micro, VerificationStatus.PendingVerification,
            "Office, school and clinical cleaning with trained, vetted staff.",
            ["90910000-9", "90911200-8"]),
        new("Keystone Engineering Consultants", "office@keystone.procurement.test", "Irene Costa", "Scotland", SupplierSize.Small, VerificationStatus.Unverified,
            "Civil and structural engineering design, bridge inspection and flood-defence studies.",
            ["71300000-1", "71311000-1", "71320000-7"]),
    ];
}
