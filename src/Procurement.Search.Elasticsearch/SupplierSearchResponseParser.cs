using System.Text.Json;
using System.Text.Json.Nodes;
using Procurement.Application.Search.Ports;

namespace Procurement.Search.Elasticsearch;

/// <summary>Reads the answers of <c>_search</c> into the port's result types.</summary>
internal static class SupplierSearchResponseParser
{
    public static SupplierSearchResult ParseSearch(JsonNode response)
    {
        var hits = Required(response, "hits");
        var total = Required(hits, "total")["value"]?.GetValue<long>() ?? 0;
        var items = Hits(hits).Select(ParseHit).ToList();
        var aggregations = response["aggregations"];
        var facets = new SupplierFacets(
            Buckets(aggregations, SupplierFields.Division),
            Buckets(aggregations, SupplierFields.Region),
            Buckets(aggregations, SupplierFields.Size));
        return new SupplierSearchResult(total, items, facets);
    }

    public static IReadOnlyList<SupplierSuggestion> ParseSuggestions(JsonNode response) =>
        [.. Hits(Required(response, "hits")).Select(hit => new SupplierSuggestion(IdOf(hit), SourceString(hit, SupplierFields.Name)))];

    private static SupplierHit ParseHit(JsonNode hit)
    {
        var cpvCodes = hit["_source"]?[SupplierFields.CpvCodes]?.AsArray().Select(code => code!.GetValue<string>()).ToList() ?? [];
        return new SupplierHit(IdOf(hit), SourceString(hit, SupplierFields.Name), SourceString(hit, SupplierFields.Region), cpvCodes, Highlight(hit));
    }

    private static string? Highlight(JsonNode hit)
    {
        var highlight = hit["highlight"];
        return FirstFragment(highlight, SupplierFields.Description) ?? FirstFragment(highlight, SupplierFields.Name);
    }

    private static string? FirstFragment(JsonNode? highlight, string field) =>
        highlight?[field] is JsonArray { Count: > 0 } fragments ? fragments[0]?.GetValue<string>() : null;

    private static List<FacetCount> Buckets(JsonNode? aggregations, string name)
    {
        if (aggregations?[name]?["buckets"] is not JsonArray buckets)
        {
            return [];
        }

        return buckets
            .Select(bucket => new FacetCount(KeyOf(bucket!["key"]!), bucket["doc_count"]!.GetValue<long>()))
            .OrderByDescending(facet => facet.Count)
            .ThenBy(facet => facet.Value, StringComparer.Ordinal)
            .ToList();
    }

    // A keyword bucket's key is a string; read numbers too, in case a field is ever mapped as one.
    private static string KeyOf(JsonNode key) =>
        key.GetValueKind() == JsonValueKind.String ? key.GetValue<string>() : key.ToJsonString();

    private static IEnumerable<JsonNode> Hits(JsonNode hits) =>
        hits["hits"] is JsonArray array ? array.OfType<JsonNode>() : [];

    private static Guid IdOf(JsonNode hit) => Guid.Parse(Required(hit, "_id").GetValue<string>());

    private static string SourceString(JsonNode hit, string field) =>
        hit["_source"]?[field]?.GetValue<string>() ?? string.Empty;

    private static JsonNode Required(JsonNode node, string property) =>
        node[property] ?? throw new ElasticsearchException($"The Elasticsearch response has no '{property}': {Abbreviate(node)}");

    private static string Abbreviate(JsonNode node)
    {
        var json = node.ToJsonString();
        return json.Length <= 500 ? json : json[..500] + "…";
    }
}
