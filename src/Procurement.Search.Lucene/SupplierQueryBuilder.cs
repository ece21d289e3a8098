using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Lucene;

/// <summary>
/// A word of the user's text: as typed (lower-case, without accents) and stemmed, whether it may be unfinished, and
/// for a word no supplier uses, the indexed words it is taken to be a typo of.
/// </summary>
internal sealed record QueryTerm(string Word, string Stem, bool IsPrefix, IReadOnlyList<NearMiss> NearMisses)
{
    private readonly HashSet<string> _nearMisses = NearMisses.Select(miss => miss.Word).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a word of a supplier's text (as typed, and stemmed) is one this term finds.</summary>
    public bool Matches(string word, string? stem) =>
        stem == Stem
        || (IsPrefix && word.StartsWith(Word, StringComparison.Ordinal))
        || _nearMisses.Contains(word);
}

/// <summary>An indexed word within a few edits of a word the index does not have.</summary>
internal readonly record struct NearMiss(string Word, int Edits);

/// <summary>
/// Builds queries as objects from analyzed words, never by parsing the user's text, so no query syntax gets in.
/// </summary>
internal static class SupplierQueryBuilder
{
    // A BooleanQuery refuses more than 1024 clauses; nobody searches suppliers with more words than this.
    private const int MaxTerms = 32;
    private const float NameBoost = 3f;

    // A typo is taken to mean one of the closest few words; more would mostly add noise.
    private const int MaxNearMisses = 10;
    private const float LooseBoost = 0.5f;

    /// <summary>
    /// The words of the text, stop words left out. A word no supplier uses is taken for a typo and matches near
    /// misses too; a word some supplier uses matches exactly, as a spelling checker only corrects words it does not
    /// know. That keeps "bread" from also finding "break". The last word may be unfinished, so it is also a prefix.
    /// </summary>
    public static IReadOnlyList<QueryTerm> Terms(Analyzer analyzer, IndexReader reader, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = analyzer.Words(text).Where(word => word.Stem is not null).Take(MaxTerms).ToList();
        return words.Select((word, index) => new QueryTerm(word.Text, word.Stem!, index == words.Count - 1, NearMisses(reader, word.Text))).ToList();
    }

    // The closest words first (fewest edits, then alphabetical, so the choice does not depend on segment order).
    private static List<NearMiss> NearMisses(IndexReader reader, string word)
    {
        var maxEdits = FuzzyEdits(word);
        if (maxEdits == 0 || reader.DocFreq(new Term(SupplierFields.AllWords, word)) > 0)
        {
            return [];
        }

        return reader.Leaves
            .SelectMany(leaf => SegmentWords.For(leaf.AtomicReader).Near(word, maxEdits))
            .Distinct()
            .OrderBy(near => near.Edits).ThenBy(near => near.Word, StringComparer.Ordinal)
            .Take(MaxNearMisses)
            .Select(near => new NearMiss(near.Word, near.Edits))
            .ToList();
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

    // The stem matches in all the text, and scores higher in the name. Prefixes and typos expand among the words as
    // people write them: a stem is no word to complete or to misspell ("plumbi" completes "plumbing", not "plumb").
    private static BooleanQuery AnyField(QueryTerm term)
    {
        var anyField = new BooleanQuery
        {
            { new TermQuery(new Term(SupplierFields.AllText, term.Stem)), Occur.SHOULD },
            { new TermQuery(new Term(SupplierFields.Name, term.Stem)) { Boost = NameBoost }, Occur.SHOULD },
        };
        foreach (var nearMiss in term.NearMisses)
        {
            // A near miss scores below the exact word, and two edits below one.
            anyField.Add(new TermQuery(new Term(SupplierFields.AllWords, nearMiss.Word)) { Boost = LooseBoost / nearMiss.Edits }, Occur.SHOULD);
        }

        if (term.IsPrefix)
        {
            anyField.Add(new PrefixQuery(new Term(SupplierFields.AllWords, term.Word)) { Boost = LooseBoost }, Occur.SHOULD);
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
