using System.Text.Json;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

/// <summary>Signed-in supplier sessions for catalog tests, and the import status the progress page polls.</summary>
internal static class CatalogSessions
{
    public static async Task<(WebSession Session, Guid SupplierId)> SignedInSupplierAsync(this ProcurementAppFactory app, bool verified = true, string name = "Catalog Seller Ltd")
    {
        var supplier = new Supplier(name).Completed();
        if (verified)
        {
            supplier.VerifiedAt(CatalogTestData.Now.AddDays(-30));
        }

        var email = await app.AddWithUserAsync(supplier, "seller", "Sam Seller", DemoOptions.Password);
        var session = new WebSession(app);
        await session.SignInAsync(email);
        return (session, supplier.Id);
    }

    /// <summary>Uploads a CSV to the import page and returns the import's id, from the page it redirects to.</summary>
    public static async Task<Guid> UploadImportAsync(this WebSession session, string csv)
    {
        var page = await session.UploadAsync("/my-catalog/import", "/my-catalog/import", new Dictionary<string, string>(), "file", "items.csv", "text/csv",
            System.Text.Encoding.UTF8.GetBytes(csv));
        Assert.NotNull(page.RedirectedFrom);
        return Guid.Parse(page.RedirectedFrom!.Split('/')[^1]);
    }

    /// <summary>Polls the JSON status, as the page does, until the import has finished.</summary>
    public static async Task<JsonElement> WaitForImportAsync(this WebSession session, Guid importId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await session.GetRawAsync($"/my-catalog/import/{importId}/status");
            response.EnsureSuccessStatusCode();
            var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (status.GetProperty("finished").GetBoolean())
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The import did not finish within {timeout}: {status}");
            await Task.Delay(200);
        }
    }
}
