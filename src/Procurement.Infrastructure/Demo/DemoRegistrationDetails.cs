using Procurement.Domain.Suppliers;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Company numbers, VAT numbers, addresses, web sites and a contact for the demo suppliers, made deterministically
/// from the name and region so that the demo looks real. Everything is fictional: numbers are not checked against
/// any register, web sites and e-mail use the reserved .test domain, and telephone numbers are in Ofcom's ranges
/// reserved for drama (020 7946 0xxx).
/// </summary>
internal static class DemoRegistrationDetails
{
    private sealed record Place(string Town, string Postcode, string Street, string CompanyPrefix);

    private static readonly Dictionary<string, Place> _places = new()
    {
        ["London"] = new("London", "EC1V 2NX", "Clerkenwell Road", ""),
        ["North West"] = new("Manchester", "M1 2HF", "Portland Street", ""),
        ["Yorkshire and the Humber"] = new("Leeds", "LS1 4AP", "Wellington Street", ""),
        ["Wales"] = new("Cardiff", "CF10 1EP", "Bute Terrace", ""),
        ["East of England"] = new("Cambridge", "CB1 2LA", "Hills Road", ""),
        ["South West"] = new("Bristol", "BS1 4DJ", "Victoria Street", ""),
        ["West Midlands"] = new("Birmingham", "B3 3HN", "Colmore Row", ""),
        ["East Midlands"] = new("Nottingham", "NG1 5FS", "Castle Boulevard", ""),
        ["North East"] = new("Newcastle upon Tyne", "NE1 7RU", "Grey Street", ""),
        ["Scotland"] = new("Edinburgh", "EH3 9DR", "Lothian Road", "SC"),
        ["South East"] = new("Reading", "RG1 1JX", "Friar Street", ""),
        ["Northern Ireland"] = new("Belfast", "BT1 5GS", "Donegall Street", "NI"),
    };

    public sealed record Details(string RegistrationNumber, string TaxIdentifier, PostalAddress Address, string Website, SupplierContact Contact);

    public static Details For(string legalName, string region, string? contactName = null, string? contactEmail = null)
    {
        var seed = StableHash(legalName);
        var place = _places.GetValueOrDefault(region) ?? _places["London"];
        var number = place.CompanyPrefix.Length > 0 ? $"{place.CompanyPrefix}{seed % 1_000_000:D6}" : $"{seed % 100_000_000:D8}";
        var vat = $"GB{100_000_000 + (seed % 899_999_999):D9}";
        var slug = Slug(legalName);
        var address = new PostalAddress($"{seed % 180 + 1} {place.Street}", null, place.Town, place.Postcode);
        var contact = new SupplierContact(
            contactName ?? "Bids team", contactName is null ? "Tender enquiries" : "Bid manager",
            contactEmail ?? $"bids@{slug}.procurement.test", $"020 7946 0{seed % 1000:D3}");
        return new Details(number, vat, address, $"https://www.{slug}.test/", contact);
    }

    private static string Slug(string legalName)
    {
        var words = legalName.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word is not ("ltd" or "plc" or "llp" or "and" or "co-operative" or "co"))
            .Take(2);
        return string.Join('-', words.Select(word => new string(word.Where(char.IsAsciiLetterOrDigit).ToArray())));
    }

    /// <summary>FNV-1a, so the same name gives the same numbers on every run and machine.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
