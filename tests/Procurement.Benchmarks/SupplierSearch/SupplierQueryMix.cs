using System.Text.RegularExpressions;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Benchmarks.SupplierSearch;

internal enum QueryKind
{
    Word,
    Phrase,
    Misspelt,
    Prefix,
    Filtered,
}

/// <summary>One search of the mix, as the public directory page would send it.</summary>
internal sealed record BenchmarkQuery(QueryKind Kind, string Text, IReadOnlyList<string> CpvPrefixes, IReadOnlyList<string> Regions, IReadOnlyList<SupplierSize> Sizes)
{
    public SupplierQuery ToPort() => new(Text, CpvPrefixes, Regions, Sizes, [VerificationStatus.Verified], PageSize: 20);
}

/// <summary>A deterministic mix of what people type: words, phrases, typos, half-typed words, and filtered searches.</summary>
internal static partial class SupplierQueryMix
{
    public static IReadOnlyList<BenchmarkQuery> Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var words = SupplierTrades.All.SelectMany(trade => trade.NameWords.Concat(trade.Fragments)).SelectMany(Words)
            .Where(word => word.Length >= 5).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var phrases = SupplierTrades.All.SelectMany(trade => trade.Fragments).SelectMany(Pairs).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var divisions = SupplierTrades.All.SelectMany(trade => trade.CpvGroups).Select(group => group[..2]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var queries = new List<BenchmarkQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = (QueryKind)(i % 5);
            var word = words[random.Next(words.Length)];
            queries.Add(kind switch
            {
                QueryKind.Word => Plain(kind, word),
                QueryKind.Phrase => Plain(kind, phrases[random.Next(phrases.Length)]),
                QueryKind.Misspelt => Plain(kind, Misspell(random, word)),
                QueryKind.Prefix => Plain(kind, word[..random.Next(3, Math.Min(word.Length, 7))]),
                _ => Filtered(random, random.Next(2) == 0 ? word : phrases[random.Next(phrases.Length)], divisions),
            });
        }

        return queries;
    }

    private static BenchmarkQuery Plain(QueryKind kind, string text) => new(kind, text, [], [], []);

    private static BenchmarkQuery Filtered(Random random, string text, string[] divisions) => random.Next(3) switch
    {
        0 => new(QueryKind.Filtered, text, [divisions[random.Next(divisions.Length)]], [], []),
        1 => new(QueryKind.Filtered, text, [], [SupplierTrades.Regions[random.Next(SupplierTrades.Regions.Length)]], []),
        _ => new(QueryKind.Filtered, text, [], [SupplierTrades.Regions[random.Next(SupplierTrades.Regions.Length)]], [(SupplierSize)random.Next(4)]),
    };

    // Drops a letter or swaps two neighbours, never the first letter: typos rarely start a word.
    private static string Misspell(Random random, string word)
    {
        var at = random.Next(1, word.Length - 1);
        return random.Next(2) == 0
            ? word.Remove(at, 1)
            : string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2));
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value);

    private static IEnumerable<string> Pairs(string fragment)
    {
        var words = Words(fragment).ToArray();
        return words.Zip(words.Skip(1)).Where(pair => pair.First.Length >= 4 && pair.Second.Length >= 4).Select(pair => $"{pair.First} {pair.Second}");
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordPattern();
}
