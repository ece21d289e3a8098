using System.Net;
using System.Text;
using Lucene.Net.Analysis;

namespace Procurement.Search.Lucene;

/// <summary>
/// Marks the query's words in a stored description or name. Lucene.Net.Highlighter is not available, so this
/// analyzes the stored text the way it was indexed and marks each word the query's terms would have matched.
/// </summary>
internal static class SupplierHighlighter
{
    private const int MaxFragmentLength = 160;
    private const int ContextBeforeMatch = 40;

    /// <summary>Whether a word matches any term, remembered per word: a page's texts repeat words, and edit distance is costly.</summary>
    public static Func<AnalyzedWord, bool> Matcher(IReadOnlyList<QueryTerm> terms)
    {
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        return word =>
        {
            if (!known.TryGetValue(word.Text, out var matches))
            {
                matches = terms.Any(term => term.Matches(word.Text, word.Stem));
                known[word.Text] = matches;
            }

            return matches;
        };
    }

    public static string? Highlight(Analyzer analyzer, IReadOnlyList<QueryTerm> terms, Func<AnalyzedWord, bool> matches, string name, string description)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        return Fragment(analyzer, matches, description)
            ?? Fragment(analyzer, matches, name)
            // The match was in the CPV labels, which are not shown: an unmarked extract still tells what they do.
            ?? Render(description, [], 0);
    }

    private static string? Fragment(Analyzer analyzer, Func<AnalyzedWord, bool> isMatch, string text)
    {
        var matches = analyzer.Words(text).Where(isMatch).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        // Some words before the match for context, but no fewer than fit: a short text is shown whole.
        var start = Math.Clamp(matches[0].Start - ContextBeforeMatch, 0, Math.Max(0, text.Length - MaxFragmentLength));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < matches[0].Start ? space + 1 : matches[0].Start;
        }

        return Render(text, matches, start);
    }

    private static string Render(string text, List<AnalyzedWord> matches, int start)
    {
        var end = Math.Min(text.Length, start + MaxFragmentLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space > start ? space : end;
        }

        var html = new StringBuilder(start > 0 ? "…" : string.Empty);
        var position = start;
        foreach (var match in matches.Where(match => match.Start >= position && match.End <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[position..match.Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[match.Start..match.End])).Append("</mark>");
            position = match.End;
        }

        html.Append(WebUtility.HtmlEncode(text[position..end]));
        return end < text.Length ? html.Append('…').ToString() : html.ToString();
    }
}
