using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Lucene;

/// <summary>A word of the user's text after analysis, and how loosely it may match.</summary>
internal sealed record QueryTerm(string Text, int MaxEdits, bool IsPrefix)
{
    /// <summary>Whether an indexed word (analyzed the same way) is one this term finds.</summary>
    public bool Matches(string word) =>
        word == Text
        || (IsPrefix && word.StartsWith(Text, StringComparison.Ordinal))
        || (MaxEdits > 0 && EditDistance.AtMost(word, Text, MaxEdits));
}

/// <summary>
/// Builds queries as objects from analyzed words, never by parsing the user's text, so no query syntax gets in.
/// </summary>
internal static class SupplierQueryBuilder
{
    // A BooleanQuery refuses more than 1024 clauses; nobody searches suppliers with more words than this.
    private const int MaxTerms = 32;
    private const float NameBoost = 3f;

    // Typos rarely hit the first letter; fixing it lets the fuzzy automaton skip most of the term dictionary.
    private const int FuzzyPrefixLength = 1;

    public static IReadOnlyList<QueryTerm> Terms(Analyzer analyzer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = analyzer.Tokenize(SupplierFields.Description, text).Take(MaxTerms).Select(token => token.Term).ToList();
        return words.Select((word, index) => new QueryTerm(word, FuzzyEdits(word), index == words.Count - 1)).ToList();
    }

    public static Query ForText(IReadOnlyList<QueryTerm> terms)
    {
        if (terms.Count == 0)
        {
            return new MatchAllDocsQuery();
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(AnyField(term), Occur.MUST);
        }

        return query;
    }

    public static Filter? Filter(
        SupplierFilterCache cache,
        IReadOnlyList<string> cpvPrefixes,
        IReadOnlyList<string> regions,
        IReadOnlyList<SupplierSize> sizes,
        IReadOnlyList<VerificationStatus> statuses)
    {
        (string Field, string[] Values)[] anyOf =
        [
            (SupplierFields.CpvPrefix, Distinct(cpvPrefixes.Select(NormalisePrefix))),
            (SupplierFields.Region, Distinct(regions)),
            (SupplierFields.Size, Distinct(sizes.Select(size => size.ToString()))),
            (SupplierFields.Status, Distinct(statuses.Select(status => status.ToString()))),
        ];
        if (anyOf.All(group => group.Values.Length == 0))
        {
            return null;
        }

        var key = string.Join('\n', anyOf.Select(group => string.Join('\t', group.Values)));
        return cache.GetOrAdd(key, () =>
        {
            var filter = new BooleanQuery();
            foreach (var (field, values) in anyOf)
            {
                AddAnyOf(filter, field, values);
            }

            return new QueryWrapperFilter(filter);
        });
    }

    public static Query NameStartsWith(IEnumerable<string> words)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(new PrefixQuery(new Term(SupplierFields.NameWords, word)), Occur.MUST);
        }

        return query;
    }

    private static BooleanQuery AnyField(QueryTerm term)
    {
        var anyField = new BooleanQuery();
        foreach (var field in SupplierFields.Text)
        {
            var boost = field == SupplierFields.Name ? NameBoost : 1f;
            var exact = new Term(field, term.Text);
            anyField.Add(new TermQuery(exact) { Boost = boost }, Occur.SHOULD);
            if (term.MaxEdits > 0)
            {
                // A near miss scores below the exact word.
                anyField.Add(new FuzzyQuery(exact, term.MaxEdits, FuzzyPrefixLength) { Boost = boost / 2 }, Occur.SHOULD);
            }

            if (term.IsPrefix)
            {
                anyField.Add(new PrefixQuery(exact) { Boost = boost / 2 }, Occur.SHOULD);
            }
        }

        return anyField;
    }

    private static int FuzzyEdits(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    // Accepts "45", "4523" or a whole code such as "45233120-6"; only the digits before the check digit count.
    private static string NormalisePrefix(string prefix) => prefix.Trim().Split('-')[0];

    // Sorted, so the same set in another order shares a cached filter.
    private static string[] Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static void AddAnyOf(BooleanQuery filter, string field, string[] values)
    {
        var anyOf = new BooleanQuery();
        foreach (var value in values)
        {
            anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (anyOf.Clauses.Count > 0)
        {
            filter.Add(anyOf, Occur.MUST);
        }
    }
}
