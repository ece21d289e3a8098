using System.Text.RegularExpressions;

namespace Procurement.Domain.Reference;

/// <summary>
/// A Common Procurement Vocabulary code (Regulation (EC) No 213/2008), for example <c>45233120-6</c>:
/// eight digits and a check digit. The hierarchy is in the digits: division = 2, group = 3, class = 4, category = 5.
/// </summary>
public sealed partial class CpvCode
{
    public const int MaxPerSupplier = 20;

    private CpvCode()
    {
        Code = string.Empty;
        Label = string.Empty;
    }

    public CpvCode(string code, string label)
    {
        Code = Normalise(code);
        Label = label;
    }

    public string Code { get; private set; }
    public string Label { get; private set; }

    /// <summary>The two-digit division, e.g. <c>45</c> for construction work.</summary>
    public string Division => Code[..2];

    /// <summary>True for a code of the right shape (eight digits, a hyphen and a check digit); says nothing of whether it exists.</summary>
    public static bool IsWellFormed(string code) => Shape().IsMatch(code.Trim());

    /// <summary>True for a prefix of 2 to 8 digits, as used to filter on or follow a division, group, class or code.</summary>
    public static bool IsPrefix(string prefix) => prefix.Length is >= 2 and <= 8 && prefix.All(char.IsAsciiDigit);

    /// <summary>Splits a list of codes or prefixes as people type or paste them: commas, semicolons, spaces or new lines.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    /// <summary>Checks the shape of a code and returns it in canonical form, or throws.</summary>
    public static string Normalise(string code)
    {
        var trimmed = code.Trim();
        return Shape().IsMatch(trimmed)
            ? trimmed
            : throw new DomainRuleException($"'{code}' is not a CPV code: expected eight digits, a hyphen and a check digit, like 45233120-6.");
    }

    /// <summary>
    /// The meaningful prefixes of a code, from division to the code's own level, so that a filter on
    /// "all of division 45" or "all of group 452" is an exact match on one of them.
    /// </summary>
    public static IReadOnlyList<string> Ancestors(string code)
    {
        var digits = Normalise(code)[..8].TrimEnd('0');
        var level = Math.Max(digits.Length, 2);
        return Enumerable.Range(2, level - 1).Select(length => digits.PadRight(length, '0')[..length]).ToList();
    }

    /// <summary>
    /// The prefix that stands for a code and everything under it, for a tender alert: its significant digits, as
    /// the last of its <see cref="Ancestors"/> (<c>4523</c> for the class 45230000-8, <c>45</c> for the division 45000000-7).
    /// </summary>
    public static string PrefixOf(string code) => Ancestors(code)[^1];

    [GeneratedRegex(@"^\d{8}-\d$")]
    private static partial Regex Shape();
}
