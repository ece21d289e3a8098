using System.Text.Json.Nodes;

namespace Procurement.Search.Elasticsearch;

/// <summary>The settings and mapping sent with <c>PUT /{index}</c>.</summary>
internal static class SupplierIndexDefinition
{
    public const string TextAnalyzer = "supplier_text";
    public const string PrefixAnalyzer = "supplier_prefix";
    public const string PrefixSearchAnalyzer = "supplier_prefix_search";
    public const string SortNormalizer = "supplier_sort";

    public static JsonObject Build() => new()
    {
        ["settings"] = new JsonObject { ["analysis"] = Analysis() },
        ["mappings"] = new JsonObject
        {
            // A field the adapter does not know about is a bug, not something to map by guesswork.
            ["dynamic"] = "strict",
            ["properties"] = Properties(),
        },
    };

    private static JsonObject Analysis() => new()
    {
        ["analyzer"] = new JsonObject
        {
            [TextAnalyzer] = Custom("lowercase", "asciifolding", "porter_stem"),
            [PrefixAnalyzer] = Custom("lowercase", "asciifolding", "supplier_edge_ngram"),
            [PrefixSearchAnalyzer] = Custom("lowercase", "asciifolding"),
        },
        ["filter"] = new JsonObject
        {
            // preserve_original keeps whole words longer than max_gram findable.
            ["supplier_edge_ngram"] = new JsonObject { ["type"] = "edge_ngram", ["min_gram"] = 1, ["max_gram"] = 20, ["preserve_original"] = true },
        },
        ["normalizer"] = new JsonObject
        {
            [SortNormalizer] = new JsonObject { ["type"] = "custom", ["filter"] = new JsonArray("lowercase", "asciifolding") },
        },
    };

    private static JsonObject Properties() => new()
    {
        [SupplierFields.Id] = Keyword(),
        [SupplierFields.Name] = new JsonObject
        {
            ["type"] = "text",
            ["analyzer"] = TextAnalyzer,
            ["fields"] = new JsonObject
            {
                ["sort"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = SortNormalizer },
                ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = PrefixAnalyzer, ["search_analyzer"] = PrefixSearchAnalyzer },
            },
        },
        [SupplierFields.TradingName] = Text(),
        [SupplierFields.Description] = Text(),
        [SupplierFields.CpvLabels] = Text(),
        [SupplierFields.Cpv] = Keyword(),
        [SupplierFields.CpvCodes] = Keyword(),
        [SupplierFields.Division] = Keyword(),
        [SupplierFields.Region] = Keyword(),
        [SupplierFields.Size] = Keyword(),
        [SupplierFields.Status] = Keyword(),
    };

    private static JsonObject Custom(params string[] filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = "standard",
        ["filter"] = new JsonArray([.. filters.Select(filter => (JsonNode)filter)]),
    };

    private static JsonObject Text() => new() { ["type"] = "text", ["analyzer"] = TextAnalyzer };

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };
}
