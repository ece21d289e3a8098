using Procurement.Domain.Suppliers;

namespace Procurement.IntegrationTests.Suppliers;

/// <summary>Fills in a supplier as the registration wizard would, so that it can be submitted and verified.</summary>
internal static class TestSuppliers
{
    public static Supplier Completed(this Supplier supplier, string region = "London", string description = "Test company.", string[]? cpvCodes = null)
    {
        var now = DateTimeOffset.UtcNow;
        supplier.ChangeCompany(supplier.LegalName, null, "01234567", "GB123456789", Guid.Empty, now);
        supplier.ChangeLocation("GB", region, new PostalAddress("1 High Street", null, "Testtown", "TE1 1ST"), Guid.Empty, now);
        supplier.ChangeAbout(SupplierSize.Small, description, null, Guid.Empty, now);
        supplier.ChangeCategories(cpvCodes ?? ["71311000-1"], Guid.Empty, now);
        supplier.ChangeContacts([new SupplierContact("Test Person", "Bid manager", "bids@supplier.test", "020 7946 0000")], Guid.Empty, now);
        return supplier;
    }

    /// <summary>Submits a completed supplier and verifies it, both by the platform at <paramref name="at"/>.</summary>
    public static Supplier VerifiedAt(this Supplier supplier, DateTimeOffset at)
    {
        supplier.SubmitForVerification(SupplierDecision.Platform, at);
        supplier.Verify(SupplierDecision.Platform, at);
        return supplier;
    }
}
