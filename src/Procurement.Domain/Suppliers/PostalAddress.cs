namespace Procurement.Domain.Suppliers;

/// <summary>Where the company is registered or trades from; the country and region are kept on the supplier.</summary>
public sealed record PostalAddress
{
    public const int MaxLineLength = 200;
    public const int MaxPostcodeLength = 12;

    private PostalAddress()
    {
        Line1 = string.Empty;
        Town = string.Empty;
    }

    public PostalAddress(string line1, string? line2, string town, string? postcode)
    {
        var problems = Problems(line1, line2, town, postcode);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }

        Line1 = line1.Trim();
        Line2 = string.IsNullOrWhiteSpace(line2) ? null : line2.Trim();
        Town = town.Trim();
        Postcode = string.IsNullOrWhiteSpace(postcode) ? null : postcode.Trim().ToUpperInvariant();
    }

    public string Line1 { get; private init; }
    public string? Line2 { get; private init; }
    public string Town { get; private init; }

    /// <summary>Optional: some countries have none.</summary>
    public string? Postcode { get; private init; }

    /// <summary>Every problem with the parts, by part name (Line1, Line2, Town, Postcode).</summary>
    public static IReadOnlyList<(string Part, string Message)> Problems(string line1, string? line2, string town, string? postcode)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(line1) || line1.Trim().Length > MaxLineLength)
        {
            problems.Add((nameof(Line1), $"Enter the first line of the address: building and street, at most {MaxLineLength} characters."));
        }

        if (line2 is not null && line2.Trim().Length > MaxLineLength)
        {
            problems.Add((nameof(Line2), $"The second line of the address can have at most {MaxLineLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(town) || town.Trim().Length > 100)
        {
            problems.Add((nameof(Town), "Enter the town or city, at most 100 characters."));
        }

        var code = postcode?.Trim() ?? string.Empty;
        if (code.Length > MaxPostcodeLength || (code.Length > 0 && !code.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-')))
        {
            problems.Add((nameof(Postcode), $"Enter the postcode in letters, digits, spaces and dashes, at most {MaxPostcodeLength} characters, or leave it empty if your country has none."));
        }

        return problems;
    }
}
