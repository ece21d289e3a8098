using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Procurement.Search.Lucene;

/// <summary>
/// The distinct words of one segment's <see cref="SupplierFields.AllWords"/> field, grouped by first letter and read
/// once per segment core. Finding the near misses of a typo is then a scan of one small group with a bounded edit
/// distance, which costs far less than Lucene.Net's FuzzyQuery building Levenshtein automata for every query.
/// </summary>
internal sealed class SegmentWords
{
    private readonly Dictionary<char, string[]> _byFirstLetter;

    private SegmentWords(Dictionary<char, string[]> byFirstLetter) => _byFirstLetter = byFirstLetter;

    public static SegmentWords For(AtomicReader segment) => SegmentCache<SegmentWords>.GetOrRead(segment, SupplierFields.AllWords, (reader, _) => Read(reader));

    /// <summary>The words that start with the same letter as <paramref name="word"/> and are at most <paramref name="maxEdits"/> edits from it.</summary>
    public IEnumerable<(string Word, int Edits)> Near(string word, int maxEdits)
    {
        if (word.Length == 0 || !_byFirstLetter.TryGetValue(word[0], out var candidates))
        {
            yield break;
        }

        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) <= maxEdits && EditDistance.Within(candidate, word, maxEdits) is { } edits && edits > 0)
            {
                yield return (candidate, edits);
            }
        }
    }

    private static SegmentWords Read(AtomicReader segment)
    {
        var words = new List<string>();
        var terms = segment.GetTerms(SupplierFields.AllWords)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            words.Add(terms.Term.Utf8ToString());
        }

        return new SegmentWords(words.GroupBy(word => word[0]).ToDictionary(group => group.Key, group => group.ToArray()));
    }
}
