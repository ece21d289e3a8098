using System.Text.Json.Nodes;
using Procurement.Application.Search.Ports;

namespace Procurement.Search.Elasticsearch;

/// <summary>Builds the <c>_search</c> body for a <see cref="SupplierQuery"/>: the user's text only ever becomes a JSON string value.</summary>
internal static class SupplierSearchRequest
{
    public const int DivisionBuckets = 100;
    public const int RegionBuckets = 200;
    public const int SizeBuckets = 10;
    public const int MaxWords = 10;

    private static readonly string[] _textFields = ["name^3", "trading_name^2", "description", "cpv_labels"];

    public static JsonObject Build(SupplierQuery query)
    {
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
        var pageSize = Math.Clamp(query.PageSize, 1, SupplierQuery.MaxPageSize);
        var page = Math.Max(query.Page, 1);

        var body = new JsonObject
        {
            ["from"] = (page - 1) * pageSize,
            ["size"] = pageSize,
            ["track_total_hits"] = true,
            ["_source"] = Strings([SupplierFields.Name, SupplierFields.Region, SupplierFields.CpvCodes]),
            ["query"] = new JsonObject { ["bool"] = Bool(text, query) },
            ["sort"] = Sort(text is not null && query.Sort == SupplierSort.Relevance),
            ["aggs"] = new JsonObject
            {
                [SupplierFields.Division] = TermsAggregation(SupplierFields.Division, DivisionBuckets),
                [SupplierFields.Region] = TermsAggregation(SupplierFields.Region, RegionBuckets),
                [SupplierFields.Size] = TermsAggregation(SupplierFields.Size, SizeBuckets),
            },
        };
        if (text is not null)
        {
            body["highlight"] = Highlight();
        }

        return body;
    }

    /// <summary>The filters every search and suggestion shares; empty lists add nothing.</summary>
    internal static JsonArray Filters(SupplierQuery query)
    {
        var filters = new JsonArray();
        AddTerms(filters, SupplierFields.Cpv, query.CpvPrefixes.Select(prefix => prefix.Trim()));
        AddTerms(filters, SupplierFields.Region, query.Regions);
        AddTerms(filters, SupplierFields.Size, query.Sizes.Select(size => size.ToString()));
        AddTerms(filters, SupplierFields.Status, query.Statuses.Select(status => status.ToString()));
        return filters;
    }

    internal static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode)value)]);

    /// <summary>Ties are broken by id so that paging never shows a supplier twice or skips one.</summary>
    internal static JsonArray Sort(bool byRelevance)
    {
        var sort = new JsonArray();
        if (byRelevance)
        {
            sort.Add(new JsonObject { ["_score"] = "desc" });
        }

        sort.Add(new JsonObject { [SupplierFields.NameSort] = "asc" });
        sort.Add(new JsonObject { [SupplierFields.Id] = "asc" });
        return sort;
    }

    private static JsonObject Bool(string? text, SupplierQuery query)
    {
        var boolQuery = new JsonObject();
        if (text is null)
        {
            boolQuery["must"] = new JsonArray(new JsonObject { ["match_all"] = new JsonObject() });
        }
        else
        {
            // One clause per word, each free to match in any field: "northwind clinical" finds a supplier whose name has
            // one word and description the other, as the Lucene adapter does (one multi_match with operator "and"
            // would need every word in the same field).
            var words = Words(text).ToList();
            boolQuery["must"] = new JsonArray([.. words.Select((word, index) => index == words.Count - 1 ? LastWord(word) : (JsonNode)Word(word))]);
            // Scoring only: names that start with the words typed so far rank first while the user is still typing.
            boolQuery["should"] = new JsonArray(PrefixMatch(text));
        }

        boolQuery["filter"] = Filters(query);
        return boolQuery;
    }

    private static JsonObject Word(string word) => new()
    {
        ["multi_match"] = new JsonObject
        {
            ["query"] = word,
            ["fields"] = Strings(_textFields),
            ["type"] = "best_fields",
            ["fuzziness"] = "AUTO",
        },
    };

    /// <summary>The last word may still be being typed: it matches as a whole word (with typos) or as the start of one.</summary>
    private static JsonObject LastWord(string word) => new()
    {
        ["bool"] = new JsonObject
        {
            ["should"] = new JsonArray(
                Word(word),
                new JsonObject { ["multi_match"] = new JsonObject { ["query"] = word, ["fields"] = Strings(_textFields), ["type"] = "phrase_prefix" } }),
            ["minimum_should_match"] = 1,
        },
    };

    /// <summary>The words of the text, at most <see cref="MaxWords"/>, so a pasted paragraph cannot build a huge query.</summary>
    internal static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxWords);

    internal static JsonObject PrefixMatch(string text) => new()
    {
        ["match"] = new JsonObject { [SupplierFields.NamePrefix] = new JsonObject { ["query"] = text, ["operator"] = "and" } },
    };

    private static void AddTerms(JsonArray filters, string field, IEnumerable<string> values)
    {
        var terms = Strings(values.Distinct());
        if (terms.Count > 0)
        {
            filters.Add(new JsonObject { ["terms"] = new JsonObject { [field] = terms } });
        }
    }

    private static JsonObject TermsAggregation(string field, int size) => new()
    {
        ["terms"] = new JsonObject { ["field"] = field, ["size"] = size },
    };

    private static JsonObject Highlight() => new()
    {
        ["pre_tags"] = Strings(["<mark>"]),
        ["post_tags"] = Strings(["</mark>"]),
        ["encoder"] = "html",
        ["fields"] = new JsonObject
        {
            [SupplierFields.Description] = new JsonObject { ["number_of_fragments"] = 1, ["fragment_size"] = 160 },
            [SupplierFields.Name] = new JsonObject { ["number_of_fragments"] = 1, ["fragment_size"] = 160 },
        },
    };
}
