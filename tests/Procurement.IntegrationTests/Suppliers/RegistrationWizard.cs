using Procurement.Testing;

namespace Procurement.IntegrationTests.Suppliers;

/// <summary>Fills in the steps of the registration wizard at /my-company through the real pages, as a supplier user would.</summary>
internal static class RegistrationWizard
{
    public static Dictionary<string, string> Company(string legalName, string registrationNumber = "01234567", string taxIdentifier = "GB123456789") => new()
    {
        ["LegalName"] = legalName,
        ["TradingName"] = string.Empty,
        ["RegistrationNumber"] = registrationNumber,
        ["TaxIdentifier"] = taxIdentifier,
    };

    public static Dictionary<string, string> Address(string country = "GB", string region = "Wales", string town = "Cardiff") => new()
    {
        ["Country"] = country,
        ["Region"] = region,
        ["AddressLine1"] = "12 Bute Terrace",
        ["AddressLine2"] = string.Empty,
        ["Town"] = town,
        ["Postcode"] = "CF10 1EP",
    };

    public static Dictionary<string, string> About(string description = "Road resurfacing and bridge inspection for councils.", string website = "https://www.roads.example.com") => new()
    {
        ["Size"] = "Small",
        ["Description"] = description,
        ["Website"] = website,
    };

    public static Dictionary<string, string> Categories(string cpvCodes) => new() { ["CpvCodes"] = cpvCodes };

    public static Dictionary<string, string> Contact(string name = "Val Idator", string email = "val@roads.example.com") => new()
    {
        ["Contacts[0].Name"] = name,
        ["Contacts[0].Role"] = "Bid manager",
        ["Contacts[0].Email"] = email,
        ["Contacts[0].Phone"] = "029 2018 0000",
    };

    /// <summary>Posts one step with "Save and continue" (or <paramref name="next"/>).</summary>
    public static Task<WebSession.Page> SaveStepAsync(this WebSession session, string step, Dictionary<string, string> fields, string next = "continue") =>
        session.SubmitAsync($"/my-company/{step}", $"/my-company/{step}", new Dictionary<string, string>(fields) { ["Next"] = next });

    /// <summary>Every step filled in with valid details, then, when asked, the submission from the review page.</summary>
    public static async Task<WebSession.Page> CompleteAsync(this WebSession session, string legalName, string cpvCodes, bool submit)
    {
        await session.SaveStepAsync("company", Company(legalName));
        await session.SaveStepAsync("address", Address());
        await session.SaveStepAsync("about", About());
        var categories = await session.SaveStepAsync("categories", Categories(cpvCodes));
        if (categories.Path != "/my-company/contacts")
        {
            return categories;
        }

        var contacts = await session.SaveStepAsync("contacts", Contact());
        return submit ? await session.SubmitAsync("/my-company/review", "/my-company/review", new Dictionary<string, string>()) : contacts;
    }
}
