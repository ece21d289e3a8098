using Procurement.Domain.Suppliers;

namespace Procurement.Domain.Tests.Suppliers;

/// <summary>Suppliers in the states the tests start from, filled in as the registration wizard would.</summary>
internal static class SupplierBuilder
{
    public static readonly Guid User = Guid.NewGuid();
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static Supplier Complete(string legalName = "Acme Ltd")
    {
        var supplier = new Supplier(legalName);
        supplier.ChangeCompany(legalName, null, "01234567", "GB123456789", User, Now);
        supplier.ChangeLocation("GB", "London", new PostalAddress("1 High Street", null, "London", "EC1A 1BB"), User, Now);
        supplier.ChangeAbout(SupplierSize.Small, "Widgets for schools.", "https://www.acme.example.com", User, Now);
        supplier.ChangeCategories(["30192000-1"], User, Now);
        supplier.ChangeContacts([new SupplierContact("Ann Smith", "Bid manager", "ann@acme.example.com", "020 7946 0000")], User, Now);
        return supplier;
    }

    public static Supplier Verified(string legalName = "Acme Ltd")
    {
        var supplier = Complete(legalName);
        supplier.SubmitForVerification(User, Now);
        supplier.Verify(Guid.NewGuid(), Now);
        return supplier;
    }
}
