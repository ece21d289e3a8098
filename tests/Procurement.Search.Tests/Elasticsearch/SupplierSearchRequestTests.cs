using System.Text.Json.Nodes;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Search.Elasticsearch;

namespace Procurement.Search.Tests.Elasticsearch;

public sealed class SupplierSearchRequestTests
{
    private const string Aggregations = """
        {
          "division": { "terms": { "field": "division", "size": 100 } },
          "region": { "terms": { "field": "region", "size": 200 } },
          "size": { "terms": { "field": "size", "size": 10 } }
        }
        """;

    [Fact]
    public void A_text_query_with_filters_on_page_two_matches_fuzzily_filters_by_terms_and_highlights()
    {
        var query = new SupplierQuery("road works", ["45"], ["Scotland"], [], [VerificationStatus.Verified], Page: 2, PageSize: 10);

        var body = SupplierSearchRequest.Build(query);

        JsonAssert.Equal($$"""
            {
              "from": 10,
              "size": 10,
              "track_total_hits": true,
              "_source": ["name", "region", "cpv_codes"],
              "query": {
                "bool": {
                  "must": [
                    { "multi_match": { "query": "road", "fields": ["name^3", "trading_name^2", "description", "cpv_labels"], "type": "best_fields", "fuzziness": "AUTO" } },
                    { "bool": { "should": [
                      { "multi_match": { "query": "works", "fields": ["name^3", "trading_name^2", "description", "cpv_labels"], "type": "best_fields", "fuzziness": "AUTO" } },
                      { "multi_match": { "query": "works", "fields": ["name^3", "trading_name^2", "description", "cpv_labels"], "type": "phrase_prefix" } }
                    ], "minimum_should_match": 1 } }
                  ],
                  "should": [{ "match": { "name.prefix": { "query": "road works", "operator": "and" } } }],
                  "filter": [
                    { "terms": { "cpv": ["45"] } },
                    { "terms": { "region": ["Scotland"] } },
                    { "terms": { "status": ["Verified"] } }
                  ]
                }
              },
              "sort": [{ "_score": "desc" }, { "name.sort": "asc" }, { "id": "asc" }],
              "aggs": {{Aggregations}},
              "highlight": {
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "encoder": "html",
                "fields": {
                  "description": { "number_of_fragments": 1, "fragment_size": 160 },
                  "name": { "number_of_fragments": 1, "fragment_size": 160 }
                }
              }
            }
            """, body);
    }

    [Fact]
    public void A_query_without_text_matches_all_sorts_by_name_and_asks_for_no_highlight()
    {
        var query = new SupplierQuery("   ", [], [], [SupplierSize.Micro, SupplierSize.Small], []);

        var body = SupplierSearchRequest.Build(query);

        JsonAssert.Equal($$"""
            {
              "from": 0,
              "size": 20,
              "track_total_hits": true,
              "_source": ["name", "region", "cpv_codes"],
              "query": {
                "bool": {
                  "must": [{ "match_all": {} }],
                  "filter": [{ "terms": { "size": ["Micro", "Small"] } }]
                }
              },
              "sort": [{ "name.sort": "asc" }, { "id": "asc" }],
              "aggs": {{Aggregations}}
            }
            """, body);
    }

    [Fact]
    public void Sorting_by_name_ignores_relevance_even_with_text()
    {
        var query = SupplierFixtures.Public("clinical") with { Sort = SupplierSort.Name };

        var body = SupplierSearchRequest.Build(query);

        JsonAssert.Equal("""[{ "name.sort": "asc" }, { "id": "asc" }]""", body["sort"]);
        Assert.NotNull(body["highlight"]);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(100, 100)]
    [InlineData(5000, 100)]
    public void Page_size_is_kept_between_one_and_the_maximum(int requested, int sent)
    {
        var body = SupplierSearchRequest.Build(SupplierFixtures.Public() with { PageSize = requested, Page = 3 });

        Assert.Equal(sent, body["size"]!.GetValue<int>());
        Assert.Equal(2 * sent, body["from"]!.GetValue<int>());
    }

    [Fact]
    public void A_page_below_one_is_the_first_page()
    {
        var body = SupplierSearchRequest.Build(SupplierFixtures.Public() with { Page = 0 });

        Assert.Equal(0, body["from"]!.GetValue<int>());
    }

    [Fact]
    public void Text_with_quotes_and_json_characters_reaches_elasticsearch_as_one_string_value()
    {
        const string text = """O'Brien "Ltd" \ }]},{"match_all":{}} <script>""";

        var json = SupplierSearchRequest.Build(SupplierFixtures.Public(text)).ToJsonString();

        var parsed = JsonNode.Parse(json)!;
        var words = parsed["query"]!["bool"]!["must"]!.AsArray()
            .Select(clause => (clause!["multi_match"] ?? clause["bool"]!["should"]![0]!["multi_match"])!["query"]!.GetValue<string>());
        Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), words);
        Assert.Equal(text, parsed["query"]!["bool"]!["should"]![0]!["match"]!["name.prefix"]!["query"]!.GetValue<string>());
    }

    [Fact]
    public void A_suggestion_matches_name_prefixes_within_the_statuses_sorted_by_name()
    {
        var body = SupplierSuggestRequest.Build(" north ", [VerificationStatus.Verified], 5);

        JsonAssert.Equal("""
            {
              "size": 5,
              "_source": ["name"],
              "query": {
                "bool": {
                  "must": [{ "match": { "name.prefix": { "query": "north", "operator": "and" } } }],
                  "filter": [{ "terms": { "status": ["Verified"] } }]
                }
              },
              "sort": [{ "name.sort": "asc" }, { "id": "asc" }]
            }
            """, body);
    }
}
