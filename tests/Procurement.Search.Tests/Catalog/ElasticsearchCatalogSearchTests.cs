using System.Net;
using System.Text.Json.Nodes;
using Procurement.Application.Catalog.Ports;
using Procurement.Search.Elasticsearch;
using Procurement.Search.Tests.Elasticsearch;
using static Procurement.Search.Tests.Catalog.CatalogDocuments;

namespace Procurement.Search.Tests.Catalog;

/// <summary>The catalog adapter against a recording stand-in for the cluster: the requests it sends and how it reads the answers.</summary>
public sealed class ElasticsearchCatalogSearchTests : IDisposable
{
    private const string BulkOk = """{ "took": 3, "errors": false, "items": [] }""";

    private readonly RecordingHandler _cluster = new();

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public async Task Creates_its_own_index_with_keyword_filters_and_a_scaled_price()
    {
        _cluster.Answer(HttpStatusCode.NotFound).AnswerOk("""{ "acknowledged": true }""");

        await Adapter().EnsureIndexAsync(CancellationToken.None);

        Assert.Equal(["HEAD /procurement-catalog", "PUT /procurement-catalog"], _cluster.Requests.Select(r => r.ToString()));
        var properties = JsonNode.Parse(_cluster.Requests[1].Body!)!["mappings"]!["properties"]!;
        Assert.Equal("keyword", properties["frameworks"]!["type"]!.GetValue<string>());
        Assert.Equal("scaled_float", properties["unit_price"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sends_fuzzy_text_filters_facets_sort_and_paging_as_one_search()
    {
        _cluster.AnswerOk(SearchAnswer);

        await Adapter().SearchAsync(new CatalogQuery("tonner", "3012", 10m, 60m, [OfficeFramework], [Meridian], CatalogSort.PriceAscending, Page: 2, PageSize: 10), CancellationToken.None);

        var request = Assert.Single(_cluster.Requests);
        Assert.Equal("POST /procurement-catalog/_search", request.ToString());
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal(10, body["from"]!.GetValue<int>());
        var match = body["query"]!["bool"]!["must"]![0]!["multi_match"]!;
        Assert.Equal(("tonner", "AUTO"), (match["query"]!.GetValue<string>(), match["fuzziness"]!.GetValue<string>()));
        JsonAssert.Equal($$"""
            [
              { "term": { "cpv": "3012" } },
              { "range": { "unit_price": { "gte": 10, "lte": 60 } } },
              { "terms": { "frameworks": ["{{OfficeFramework}}"] } },
              { "terms": { "supplier_id": ["{{Meridian}}"] } }
            ]
            """, body["query"]!["bool"]!["filter"]);
        Assert.Equal("unit_price", body["sort"]![0]!.AsObject().Single().Key);
        Assert.Equal("division", body["aggs"]!["divisions"]!["terms"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_framework_list_filters_on_no_framework_so_nothing_matches()
    {
        _cluster.AnswerOk(SearchAnswer);

        await Adapter().SearchAsync(new CatalogQuery(null, null, null, null, [], []), CancellationToken.None);

        JsonAssert.Equal("""[{ "terms": { "frameworks": [] } }]""", JsonNode.Parse(_cluster.Requests[0].Body!)!["query"]!["bool"]!["filter"]);
    }

    [Fact]
    public async Task Reads_hits_totals_and_facets()
    {
        _cluster.AnswerOk(SearchAnswer);

        var result = await Adapter().SearchAsync(new CatalogQuery("toner", null, null, null, null, []), CancellationToken.None);

        Assert.Equal(7, result.Total);
        var hit = Assert.Single(result.Items);
        Assert.Equal((Toner.Id, "Black toner cartridge", 48.50m, 3), (hit.Id, hit.Name, hit.UnitPrice, hit.LeadTimeDays));
        Assert.Equal([("30", 7L)], result.Facets.CpvDivisions.Select(f => (f.Value, f.Count)));
        Assert.Equal([(Meridian.ToString(), "Meridian Office", 7L)], result.Facets.Suppliers.Select(f => (f.Value, f.Label, f.Count)));
    }

    [Fact]
    public async Task Indexes_and_removes_through_bulk_requests_visible_on_return()
    {
        _cluster.AnswerOk(BulkOk).AnswerOk(BulkOk);

        await Adapter().UpsertAsync([Toner], CancellationToken.None);
        await Adapter().RemoveAsync([Paper.Id], CancellationToken.None);

        Assert.All(_cluster.Requests, r => Assert.Equal("POST /_bulk?refresh=wait_for", r.ToString()));
        var lines = _cluster.Requests[0].Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Toner.Id.ToString(), JsonNode.Parse(lines[0])!["index"]!["_id"]!.GetValue<string>());
        JsonAssert.Equal("""["30", "301", "3012", "30125", "301251"]""", JsonNode.Parse(lines[1])!["cpv"]);
        Assert.Equal(Paper.Id.ToString(), JsonNode.Parse(_cluster.Requests[1].Body!.Trim())!["delete"]!["_id"]!.GetValue<string>());
    }

    private static string SearchAnswer => $$"""
        {
          "hits": {
            "total": { "value": 7, "relation": "eq" },
            "hits": [ { "_id": "{{Toner.Id}}", "_source": {
              "id": "{{Toner.Id}}", "supplier_id": "{{Meridian}}", "supplier_name": "Meridian Office", "sku": "T-1", "name": "Black toner cartridge",
              "description": "", "cpv_label": "Toner cartridges", "cpv_code": "30125100-2", "cpv": ["30"], "division": "30",
              "supplier_facet": "{{Meridian}}|Meridian Office", "unit_code": "H87", "unit_name": "piece", "currency": "GBP", "unit_price": 48.5,
              "minimum_order_quantity": 1, "lead_time_days": 3, "image_id": null, "frameworks": [] } } ]
          },
          "aggregations": {
            "divisions": { "buckets": [ { "key": "30", "doc_count": 7 } ] },
            "suppliers": { "buckets": [ { "key": "{{Meridian}}|Meridian Office", "doc_count": 7 } ] }
          }
        }
        """;

    private ElasticsearchCatalogSearch Adapter() => new(new HttpClient(_cluster, disposeHandler: false), new ElasticsearchOptions());
}
