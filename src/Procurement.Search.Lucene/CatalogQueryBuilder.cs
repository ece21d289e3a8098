using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Procurement.Application.Catalog.Ports;

namespace Procurement.Search.Lucene;

/// <summary>
/// Builds catalog queries as objects, never through a query parser: every word must match some text field, exactly
/// (counted highest), as a prefix, or within one or two typos (by word length); filters are constant-score clauses.
/// </summary>
internal static class CatalogQueryBuilder
{
    public static Query Build(Analyzer analyzer, CatalogQuery query)
    {
        var root = new BooleanQuery();
        var words = analyzer.Tokenize("name", query.Text ?? string.Empty).Select(t => t.Term).Distinct().Take(10).ToList();
        if (words.Count == 0)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        foreach (var word in words)
        {
            var anyField = new BooleanQuery();
            foreach (var (field, boost) in CatalogFields.Text)
            {
                anyField.Add(new TermQuery(new Term(field, word)) { Boost = boost * 2 }, Occur.SHOULD);
                if (word.Length >= 3)
                {
                    anyField.Add(new PrefixQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
                }

                if (FuzzyEdits(word) > 0)
                {
                    anyField.Add(new FuzzyQuery(new Term(field, word), FuzzyEdits(word), prefixLength: 1) { Boost = boost * 0.8f }, Occur.SHOULD);
                }
            }

            root.Add(anyField, Occur.MUST);
        }

        foreach (var filter in Filters(query))
        {
            root.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        return root;
    }

    private static IEnumerable<Query> Filters(CatalogQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.CpvPrefix))
        {
            yield return new TermQuery(new Term(CatalogFields.Cpv, query.CpvPrefix.Trim().Split('-')[0].TrimEnd('0').PadRight(2, '0')));
        }

        if (query.PriceMin is not null || query.PriceMax is not null)
        {
            yield return NumericRangeQuery.NewInt64Range(CatalogFields.PriceCents,
                query.PriceMin is { } min ? CatalogFields.Cents(min) : null, query.PriceMax is { } max ? CatalogFields.Cents(max) : null, true, true);
        }

        if (query.FrameworkIds is { } frameworks)
        {
            yield return AnyOf(CatalogFields.Framework, frameworks);
        }

        if (query.SupplierIds.Count > 0)
        {
            yield return AnyOf(CatalogFields.Supplier, query.SupplierIds);
        }
    }

    /// <summary>Matches documents with any of the ids; with none, matches nothing.</summary>
    private static BooleanQuery AnyOf(string field, IReadOnlyList<Guid> ids)
    {
        var any = new BooleanQuery();
        foreach (var id in ids.Distinct())
        {
            any.Add(new TermQuery(new Term(field, CatalogFields.IdTerm(id))), Occur.SHOULD);
        }

        if (ids.Count == 0)
        {
            any.Add(new TermQuery(new Term(field, "none")), Occur.MUST);
        }

        return any;
    }

    private static int FuzzyEdits(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
