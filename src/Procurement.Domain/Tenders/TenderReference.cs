using System.Globalization;
using System.Text.RegularExpressions;

namespace Procurement.Domain.Tenders;

/// <summary>
/// The stable public reference of a published tender, <c>PRC-2026-000123</c> (year of publication and a platform-wide
/// sequence number), and its Open Contracting ID: the registered OCDS prefix, a hyphen and the reference, e.g.
/// <c>ocds-prc000-PRC-2026-000123</c> (OCDS 1.1.5, "Open Contracting ID": a prefix <c>ocds-</c> plus six
/// lower-case letters or digits, then the publisher's own identifier).
/// </summary>
public static partial class TenderReference
{
    public static string Format(int year, long number) => string.Create(CultureInfo.InvariantCulture, $"PRC-{year:D4}-{number:D6}");

    public static bool IsReference(string? value) => value is not null && Shape().IsMatch(value);

    public static bool IsOcidPrefix(string? prefix) => prefix is not null && OcidPrefixShape().IsMatch(prefix);

    public static string Ocid(string prefix, string reference) => IsOcidPrefix(prefix)
        ? $"{prefix}-{reference}"
        : throw new DomainRuleException($"'{prefix}' is not an OCDS ocid prefix: expected 'ocds-' and six lower-case letters or digits, like ocds-prc000.");

    [GeneratedRegex(@"^PRC-\d{4}-\d{6,}$")]
    private static partial Regex Shape();

    [GeneratedRegex("^ocds-[a-z0-9]{6}$")]
    private static partial Regex OcidPrefixShape();
}
