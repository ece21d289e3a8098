using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Procurement.Domain.Reference;

namespace Procurement.Application.Reference;

/// <summary>One CPV code found: the code, its English label and the prefix that follows it and everything under it.</summary>
public sealed record CpvCodeMatch(string Code, string Label, string Prefix);

/// <summary>
/// The whole CPV vocabulary in memory, searched by code prefix or by the words of the label. Labels are folded
/// once (lower case, accents removed) and split into words, so a search is a scan of 9,454 small arrays: well under
/// a millisecond (docs/performance.md), with no database round trip.
/// </summary>
public sealed partial class CpvCodeIndex
{
    private readonly Entry[] _entries;
    private readonly Dictionary<string, Entry> _byCode;
    private readonly Dictionary<string, Entry> _byDigits;

    public CpvCodeIndex(IEnumerable<CpvCode> vocabulary)
    {
        _entries = vocabulary
            .Select(cpv => new Entry(new CpvCodeMatch(cpv.Code, cpv.Label, CpvCode.PrefixOf(cpv.Code)), $" {string.Join(' ', Words(cpv.Label))} "))
            .OrderBy(entry => entry.Match.Code, StringComparer.Ordinal)
            .ToArray();
        _byCode = _entries.ToDictionary(entry => entry.Match.Code, StringComparer.Ordinal);
        _byDigits = _entries.ToDictionary(entry => entry.Match.Code[..8], StringComparer.Ordinal);
    }

    public int Count => _entries.Length;

    /// <summary>The code with its label, or null if it is not in the vocabulary.</summary>
    public CpvCodeMatch? Find(string code) => _byCode.GetValueOrDefault(code.Trim())?.Match;

    /// <summary>The code a prefix stands for (<c>4523</c> → 45230000-8), or null when no code has exactly those significant digits.</summary>
    public CpvCodeMatch? FindPrefix(string prefix)
    {
        var trimmed = prefix.Trim();
        return CpvCode.IsPrefix(trimmed) && _byDigits.GetValueOrDefault(trimmed.PadRight(8, '0')) is { } entry && entry.Match.Prefix == trimmed
            ? entry.Match
            : null;
    }

    /// <summary>
    /// Codes matching <paramref name="text"/>, best first. Digits (<c>4521</c>, <c>45210000-2</c>) find codes by prefix:
    /// the code itself first, then those under it, more general first. Otherwise every word must be a word of the label,
    /// the last one possibly unfinished, ignoring case and accents; labels that start with the words in order come
    /// first, then labels holding them in order, then the rest, each by generality, then by label length.
    /// </summary>
    public IReadOnlyList<CpvCodeMatch> Search(string text, int limit)
    {
        var trimmed = text.Trim();
        var digits = CodeQuery().Match(trimmed);
        return (digits.Success ? ByCode(digits) : ByWords(trimmed)).Take(limit).ToList();
    }

    private IEnumerable<CpvCodeMatch> ByCode(Match query)
    {
        var digits = query.Groups["digits"].Value;
        var prefix = digits.Length == 8 ? CpvCode.PrefixOf($"{digits}-0") : digits;
        var exact = digits.Length == 8 ? digits : prefix.PadRight(8, '0');
        var checkDigit = query.Groups["check"].Value;
        if (checkDigit.Length > 0 && !_byCode.ContainsKey($"{digits}-{checkDigit}"))
        {
            return [];
        }

        return StartingWith(prefix)
            .OrderBy(entry => entry.Match.Code.StartsWith(exact, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(entry => entry.Match.Prefix.Length)
            .ThenBy(entry => entry.Match.Code, StringComparer.Ordinal)
            .Select(entry => entry.Match);
    }

    /// <summary>The entries are sorted by code, so those starting with <paramref name="prefix"/> are one run found by binary search.</summary>
    private List<Entry> StartingWith(string prefix)
    {
        var (low, high) = (0, _entries.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = string.CompareOrdinal(_entries[middle].Match.Code, prefix) < 0 ? (middle + 1, high) : (low, middle);
        }

        var run = new List<Entry>();
        for (var i = low; i < _entries.Length && _entries[i].Match.Code.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            run.Add(_entries[i]);
        }

        return run;
    }

    private IEnumerable<CpvCodeMatch> ByWords(string text)
    {
        var variants = Variants(Words(text)).Select(words => new WordQuery(words)).ToArray();
        if (variants.Length == 0)
        {
            return [];
        }

        var found = new List<(Entry Entry, WordPlacement Placement)>();
        foreach (var entry in _entries)
        {
            var best = WordPlacement.None;
            foreach (var variant in variants)
            {
                var placement = variant.PlacementIn(entry.Words);
                best = placement < best ? placement : best;
            }

            if (best != WordPlacement.None)
            {
                found.Add((entry, best));
            }
        }

        return found
            .OrderBy(candidate => candidate.Placement)
            .ThenBy(candidate => candidate.Entry.Match.Prefix.Length)
            .ThenBy(candidate => candidate.Entry.Match.Label.Length)
            .ThenBy(candidate => candidate.Entry.Match.Code, StringComparer.Ordinal)
            .Select(candidate => candidate.Entry.Match);
    }

    /// <summary>
    /// The query as typed, and with each word the vocabulary does not use swapped for its CPV wording: CPV 2008 says
    /// "portable computers", never "laptop". The last word also swaps when it starts one of those words ("lapt").
    /// </summary>
    private static List<string[]> Variants(string[] words)
    {
        IEnumerable<string[]> variants = words.Length == 0 ? [] : [[]];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var wording = i == words.Length - 1 && word.Length >= 3
                ? _wordings.FirstOrDefault(entry => entry.Key.StartsWith(word, StringComparison.Ordinal)).Value
                : _wordings.GetValueOrDefault(word);
            string[][] choices = wording is null ? [[word]] : [[word], wording];
            variants = variants.SelectMany(start => choices.Select(choice => start.Concat(choice).ToArray())).Take(MaxVariants).ToList();
        }

        return variants.ToList();
    }

    private const int MaxVariants = 8;

    /// <summary>Everyday words for things the vocabulary names otherwise, and American spellings of its British ones.</summary>
    private static readonly Dictionary<string, string[]> _wordings = new(StringComparer.Ordinal)
    {
        ["laptop"] = ["portable", "computer"],
        ["laptops"] = ["portable", "computers"],
        ["notebook"] = ["portable", "computer"],
        ["pc"] = ["personal", "computer"],
        ["pcs"] = ["personal", "computers"],
        ["tire"] = ["tyre"],
        ["tires"] = ["tyres"],
        ["aluminum"] = ["aluminium"],
        ["color"] = ["colour"],
        ["center"] = ["centre"],
    };

    /// <summary>Lower-case words without accents ("Cybercafé services" → cybercafe, services).</summary>
    internal static string[] Words(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(character) ? character : ' ');
            }
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^(?<digits>\d{1,8})(?:-(?<check>\d?))?$")]
    private static partial Regex CodeQuery();

    /// <param name="Words">The label's folded words between single spaces, with a space at each end: " road construction works ".</param>
    private sealed record Entry(CpvCodeMatch Match, string Words);

    /// <summary>
    /// A query's words as substrings of <see cref="Entry.Words"/>: " road " (a whole word) for each but the last,
    /// " constr" (the start of a word) for the last, and " road constr" for the words in order. Plain ordinal
    /// substring searches, which .NET vectorises, keep a scan of the whole vocabulary well under a millisecond.
    /// </summary>
    private sealed class WordQuery(string[] words)
    {
        private readonly string[] _needles = words.Select((word, i) => i == words.Length - 1 ? $" {word}" : $" {word} ").ToArray();
        private readonly string _phrase = $" {string.Join(' ', words)}";

        public WordPlacement PlacementIn(string label)
        {
            foreach (var needle in _needles)
            {
                if (!label.Contains(needle, StringComparison.Ordinal))
                {
                    return WordPlacement.None;
                }
            }

            return label.StartsWith(_phrase, StringComparison.Ordinal) ? WordPlacement.AtStart
                : label.Contains(_phrase, StringComparison.Ordinal) ? WordPlacement.InOrder
                : WordPlacement.Anywhere;
        }
    }
}

internal enum WordPlacement
{
    AtStart,
    InOrder,
    Anywhere,
    None,
}
