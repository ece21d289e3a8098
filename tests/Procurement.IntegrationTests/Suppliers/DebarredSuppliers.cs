using Procurement.Domain.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Suppliers;

/// <summary>Verified suppliers with one confirmed user each, made straight through the domain for scheduling tests.</summary>
internal static class DebarredSuppliers
{
    public static async Task<(Guid Id, string Company, string Email)> VerifiedSupplierWithUserAsync(this ProcurementAppFactory app, Action<Supplier>? then = null)
    {
        var company = $"Debarment Test {Guid.NewGuid():N}"[..30] + " Ltd";
        var supplier = new Supplier(company).Completed("Wales", "Road resurfacing and bridge inspection for councils.", ["45233120-6"]).VerifiedAt(DateTimeOffset.UtcNow.AddDays(-30));
        then?.Invoke(supplier);
        var email = await app.AddWithUserAsync(supplier, "debarment", "Deb Arment", "correct horse battery staple");
        return (supplier.Id, company, email);
    }

    /// <summary>Waits until the public JSON search finds the company (the index follows through the outbox).</summary>
    public static async Task AssertEventuallyInPublicSearchAsync(this ProcurementAppFactory app, string company)
    {
        using var client = app.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await client.GetStringAsync(new Uri($"/api/suppliers?q={Uri.EscapeDataString(company)}", UriKind.Relative))).Contains(company, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{company} was not in /api/suppliers within 15 seconds.");
            await Task.Delay(200);
        }
    }

    public static async Task<VerificationStatus> EventuallyAsync(this ProcurementAppFactory app, Guid supplierId, VerificationStatus expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var status = await app.WithDbAsync(async db => (await db.Suppliers.FindAsync(supplierId))!.Status);
            if (status == expected || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(250);
        }
    }
}
