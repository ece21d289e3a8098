using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Tests;

/// <summary>A small fixed set of suppliers that both adapters' tests index and query.</summary>
internal static class SupplierFixtures
{
    public static readonly SupplierDocument Northwind = new(
        Guid.Parse("00000000-0000-0000-0000-000000000001"), "Northwind Medical Supplies Ltd", null,
        "Distributor of hospital equipment and single-use clinical consumables.", "GB", "North West",
        SupplierSize.Medium, VerificationStatus.Verified, ["33100000-1", "33140000-3"], ["Medical equipments", "Medical consumables"]);

    public static readonly SupplierDocument Brightline = new(
        Guid.Parse("00000000-0000-0000-0000-000000000002"), "Brightline Construction plc", "Brightline",
        "Main contractor for public buildings, schools and highways.", "GB", "Yorkshire and the Humber",
        SupplierSize.Large, VerificationStatus.Verified, ["45000000-7", "45233120-6"], ["Construction work", "Road construction works"]);

    public static readonly SupplierDocument Clearview = new(
        Guid.Parse("00000000-0000-0000-0000-000000000003"), "Clearview IT Services Ltd", null,
        "Software development, cloud hosting and service desk support.", "GB", "London",
        SupplierSize.Small, VerificationStatus.Verified, ["72000000-5", "72260000-5"], ["IT services: consulting, software development, Internet and support", "Software-related services"]);

    public static readonly SupplierDocument Summit = new(
        Guid.Parse("00000000-0000-0000-0000-000000000004"), "Summit Cleaning Services", null,
        "Office, school and clinical cleaning.", "GB", "North East",
        SupplierSize.Micro, VerificationStatus.PendingVerification, ["90910000-9"], ["Cleaning services"]);

    public static readonly SupplierDocument Keystone = new(
        Guid.Parse("00000000-0000-0000-0000-000000000005"), "Keystone Road Engineering", null,
        "Civil engineering design, bridge inspection and road resurfacing.", "GB", "Scotland",
        SupplierSize.Small, VerificationStatus.Suspended, ["71311000-1", "45233120-6"], ["Civil engineering consultancy services", "Road construction works"]);

    public static IReadOnlyList<SupplierDocument> All { get; } = [Northwind, Brightline, Clearview, Summit, Keystone];

    public static SupplierQuery Public(string? text = null) =>
        new(text, [], [], [], [VerificationStatus.Verified]);
}
