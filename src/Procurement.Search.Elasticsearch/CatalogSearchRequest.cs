using System.Text;
using System.Text.Json.Nodes;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Reference;

namespace Procurement.Search.Elasticsearch;

/// <summary>The catalog index's mapping, its documents and bulk lines, the <c>_search</c> body and the reading of its answer.</summary>
internal static class CatalogSearchRequest
{
    public static JsonObject IndexDefinition() => new()
    {
        ["settings"] = new JsonObject
        {
            ["analysis"] = new JsonObject
            {
                ["analyzer"] = new JsonObject
                {
                    ["catalog_text"] = new JsonObject { ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = new JsonArray("lowercase", "asciifolding", "porter_stem") },
                },
                ["normalizer"] = new JsonObject { ["catalog_sort"] = new JsonObject { ["type"] = "custom", ["filter"] = new JsonArray("lowercase", "asciifolding") } },
            },
        },
        ["mappings"] = new JsonObject
        {
            ["dynamic"] = "strict",
            ["properties"] = new JsonObject
            {
                ["id"] = Keyword(),
                ["supplier_id"] = Keyword(),
                ["supplier_name"] = Text(),
                ["sku"] = Text(),
                ["name"] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalog_text", ["fields"] = new JsonObject { ["sort"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "catalog_sort" } } },
                ["description"] = Text(),
                ["cpv_label"] = Text(),
                ["cpv_code"] = Keyword(),
                ["cpv"] = Keyword(),
                ["division"] = Keyword(),
                ["supplier_facet"] = Keyword(),
                ["unit_code"] = Keyword(),
                ["unit_name"] = Keyword(),
                ["currency"] = Keyword(),
                ["unit_price"] = new JsonObject { ["type"] = "scaled_float", ["scaling_factor"] = 100 },
                ["minimum_order_quantity"] = new JsonObject { ["type"] = "double" },
                ["lead_time_days"] = new JsonObject { ["type"] = "integer" },
                ["image_id"] = Keyword(),
                ["frameworks"] = Keyword(),
            },
        },
    };

    public static string Bulk(string index, IEnumerable<CatalogItemDocument> items)
    {
        var body = new StringBuilder();
        foreach (var item in items)
        {
            body.Append(new JsonObject { ["index"] = new JsonObject { ["_index"] = index, ["_id"] = item.Id.ToString("D") } }.ToJsonString()).Append('\n');
            body.Append(Document(item).ToJsonString()).Append('\n');
        }

        return body.ToString();
    }

    public static string BulkDelete(string index, IEnumerable<Guid> ids) => string.Concat(ids.Select(id =>
        new JsonObject { ["delete"] = new JsonObject { ["_index"] = index, ["_id"] = id.ToString("D") } }.ToJsonString() + "\n"));

    public static JsonObject Document(CatalogItemDocument item) => new()
    {
        ["id"] = item.Id.ToString("D"),
        ["supplier_id"] = item.SupplierId.ToString("D"),
        ["supplier_name"] = item.SupplierName,
        ["sku"] = item.Sku,
        ["name"] = item.Name,
        ["description"] = item.Description,
        ["cpv_label"] = item.CpvLabel,
        ["cpv_code"] = item.CpvCode,
        ["cpv"] = new JsonArray([.. CpvCode.Ancestors(item.CpvCode).Select(a => (JsonNode)a)]),
        ["division"] = item.CpvCode[..2],
        ["supplier_facet"] = $"{item.SupplierId:D}|{item.SupplierName}",
        ["unit_code"] = item.UnitCode,
        ["unit_name"] = item.UnitName,
        ["currency"] = item.Currency,
        ["unit_price"] = item.UnitPrice,
        ["minimum_order_quantity"] = item.MinimumOrderQuantity,
        ["lead_time_days"] = item.LeadTimeDays,
        ["image_id"] = item.ImageId?.ToString("D"),
        ["frameworks"] = new JsonArray([.. item.FrameworkIds.Distinct().Select(f => (JsonNode)f.ToString("D"))]),
    };

    public static JsonObject Search(CatalogQuery query)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, CatalogQuery.MaxPageSize);
        var filters = new JsonArray();
        if (!string.IsNullOrWhiteSpace(query.CpvPrefix))
        {
            filters.Add(Term("cpv", query.CpvPrefix.Trim().Split('-')[0].TrimEnd('0').PadRight(2, '0')));
        }

        if (query.PriceMin is not null || query.PriceMax is not null)
        {
            var range = new JsonObject();
            if (query.PriceMin is { } min) { range["gte"] = min; }
            if (query.PriceMax is { } max) { range["lte"] = max; }
            filters.Add(new JsonObject { ["range"] = new JsonObject { ["unit_price"] = range } });
        }

        if (query.FrameworkIds is { } frameworks)
        {
            filters.Add(Terms("frameworks", frameworks));
        }

        if (query.SupplierIds.Count > 0)
        {
            filters.Add(Terms("supplier_id", query.SupplierIds));
        }

        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        var must = hasText
            ? new JsonArray(new JsonObject
            {
                ["multi_match"] = new JsonObject
                {
                    ["query"] = query.Text!.Trim(),
                    ["fields"] = new JsonArray("name^3", "sku^2", "supplier_name^1.5", "cpv_label^1.2", "description"),
                    ["fuzziness"] = "AUTO",
                    ["prefix_length"] = 1,
                    ["operator"] = "and",
                },
            })
            : new JsonArray(new JsonObject { ["match_all"] = new JsonObject() });
        return new JsonObject
        {
            ["from"] = (Math.Max(query.Page, 1) - 1) * pageSize,
            ["size"] = pageSize,
            ["track_total_hits"] = true,
            ["query"] = new JsonObject { ["bool"] = new JsonObject { ["must"] = must, ["filter"] = filters } },
            ["sort"] = query.Sort switch
            {
                CatalogSort.PriceAscending => new JsonArray(Asc("unit_price"), Asc("name.sort"), Asc("id")),
                CatalogSort.LeadTime => new JsonArray(Asc("lead_time_days"), Asc("unit_price"), Asc("id")),
                _ when hasText => new JsonArray("_score", Asc("name.sort"), Asc("id")),
                _ => new JsonArray(Asc("name.sort"), Asc("id")),
            },
            ["aggs"] = new JsonObject
            {
                ["divisions"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "division", ["size"] = 100 } },
                ["suppliers"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "supplier_facet", ["size"] = 100 } },
            },
        };
    }

    public static CatalogSearchResult Parse(JsonNode response)
    {
        var hits = response["hits"]!;
        var items = hits["hits"]!.AsArray().Select(hit => hit!["_source"]!).Select(source => new CatalogHit(
            Guid.Parse(source["id"]!.GetValue<string>()), Guid.Parse(source["supplier_id"]!.GetValue<string>()), source["supplier_name"]!.GetValue<string>(),
            source["sku"]!.GetValue<string>(), source["name"]!.GetValue<string>(), source["cpv_code"]!.GetValue<string>(),
            source["unit_code"]!.GetValue<string>(), source["unit_name"]!.GetValue<string>(), source["unit_price"]!.GetValue<decimal>(),
            source["currency"]!.GetValue<string>(), source["minimum_order_quantity"]!.GetValue<decimal>(), source["lead_time_days"]!.GetValue<int>(),
            source["image_id"] is JsonValue image ? Guid.Parse(image.GetValue<string>()) : null)).ToList();
        var facets = new CatalogFacets(
            [.. Buckets(response, "divisions").Select(b => new CatalogFacet(b.Key, b.Key, b.Count))],
            [.. Buckets(response, "suppliers").Select(b => new CatalogFacet(b.Key[..b.Key.IndexOf('|', StringComparison.Ordinal)], b.Key[(b.Key.IndexOf('|', StringComparison.Ordinal) + 1)..], b.Count))]);
        return new CatalogSearchResult(hits["total"]!["value"]!.GetValue<long>(), items, facets);
    }

    private static IEnumerable<(string Key, long Count)> Buckets(JsonNode response, string name) =>
        response["aggregations"]?[name]?["buckets"]?.AsArray().Select(b => (b!["key"]!.ToString(), b["doc_count"]!.GetValue<long>())) ?? [];

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };

    private static JsonObject Text() => new() { ["type"] = "text", ["analyzer"] = "catalog_text" };

    private static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonObject Terms(string field, IEnumerable<Guid> ids) =>
        new() { ["terms"] = new JsonObject { [field] = new JsonArray([.. ids.Distinct().Select(id => (JsonNode)id.ToString("D"))]) } };

    private static JsonObject Asc(string field) => new() { [field] = new JsonObject { ["order"] = "asc" } };
}
