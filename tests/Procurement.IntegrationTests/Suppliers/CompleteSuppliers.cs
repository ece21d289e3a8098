using Procurement.Domain.Suppliers;

namespace Procurement.IntegrationTests.Suppliers;

/// <summary>Suppliers made straight through the domain with every detail verification asks for.</summary>
internal static class CompleteSuppliers
{
    public static Supplier Verified(string legalName, string region, string description, string cpvCode, DateTimeOffset at)
    {
        var supplier = new Supplier(legalName);
        supplier.ChangeCompany(legalName, null, "09876543", null, SupplierDecision.Platform, at);
        supplier.ChangeLocation("GB", region, new PostalAddress("1 Test Street", null, "Testtown", "TT1 1TT"), SupplierDecision.Platform, at);
        supplier.ChangeAbout(SupplierSize.Small, description, null, SupplierDecision.Platform, at);
        supplier.ChangeCategories([cpvCode], SupplierDecision.Platform, at);
        supplier.ChangeContacts([new SupplierContact("Tess Ting", "Director", "tess@supplier.test", "020 7946 0001")], SupplierDecision.Platform, at);
        supplier.SubmitForVerification(SupplierDecision.Platform, at);
        supplier.Verify(SupplierDecision.Platform, at);
        return supplier;
    }
}
