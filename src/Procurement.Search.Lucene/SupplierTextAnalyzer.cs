using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Procurement.Search.Lucene;

/// <summary>
/// Splits text into lower-case, accent-free words. The full form (for searching) also drops English stop words and
/// stems, so "supplies" finds "supply"; the plain form keeps every word as typed, for name prefixes.
/// </summary>
internal sealed class SupplierTextAnalyzer(bool stem) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        if (stem)
        {
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new EnglishPossessiveFilter(Version, stream);
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}

/// <summary>A word as the analyzer produced it, with where it sits in the original text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Start, int End);

/// <summary>A word of a text as typed (lower-case, without accents), its stem (null for a stop word), and where it sits.</summary>
internal readonly record struct AnalyzedWord(string Text, string? Stem, int Start, int End);

internal static class AnalyzerExtensions
{
    public static List<AnalyzedToken> Tokenize(this Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <summary>The words of a text both as typed and stemmed, by analysing it as the index's plain and stemmed fields.</summary>
    public static List<AnalyzedWord> Words(this Analyzer analyzer, string text)
    {
        var stems = analyzer.Tokenize(SupplierFields.AllText, text).ToDictionary(token => token.Start, token => token.Term);
        return analyzer.Tokenize(SupplierFields.AllWords, text)
            .Select(token => new AnalyzedWord(token.Term, stems.GetValueOrDefault(token.Start), token.Start, token.End))
            .ToList();
    }
}
