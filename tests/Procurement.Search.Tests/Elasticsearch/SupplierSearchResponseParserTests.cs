using System.Net;
using System.Text.Json.Nodes;
using Procurement.Application.Search.Ports;
using Procurement.Search.Elasticsearch;

namespace Procurement.Search.Tests.Elasticsearch;

public sealed class SupplierSearchResponseParserTests
{
    [Fact]
    public void Hits_come_back_in_order_with_name_region_codes_and_the_description_highlight_first()
    {
        var result = SupplierSearchResponseParser.ParseSearch(JsonNode.Parse(ElasticsearchResponses.SearchForRoad)!);

        Assert.Equal(2, result.Total);
        Assert.Collection(
            result.Items,
            keystone =>
            {
                Assert.Equal((SupplierFixtures.Keystone.Id, "Keystone Road Engineering", "Scotland"), (keystone.Id, keystone.Name, keystone.Region));
                Assert.Equal(["71311000-1", "45233120-6"], keystone.CpvCodes);
                Assert.Equal("Civil engineering design, bridge inspection and <mark>road</mark> resurfacing.", keystone.Highlight);
            },
            brightline =>
            {
                Assert.Equal((SupplierFixtures.Brightline.Id, "Brightline Construction plc", "Yorkshire and the Humber"), (brightline.Id, brightline.Name, brightline.Region));
                Assert.Equal(["45000000-7", "45233120-6"], brightline.CpvCodes);
                Assert.Null(brightline.Highlight);
            });
    }

    [Fact]
    public void The_name_highlight_is_used_when_the_description_has_none()
    {
        var response = JsonNode.Parse(ElasticsearchResponses.SearchForRoad)!;
        response["hits"]!["hits"]![0]!["highlight"]!.AsObject().Remove("description");

        var result = SupplierSearchResponseParser.ParseSearch(response);

        Assert.Equal("Keystone <mark>Road</mark> Engineering", result.Items[0].Highlight);
    }

    [Fact]
    public void Facets_are_read_from_the_buckets_most_frequent_first_then_by_value()
    {
        var response = JsonNode.Parse(ElasticsearchResponses.SearchForRoad)!;
        response["aggregations"]!["region"]!["buckets"] = JsonNode.Parse("""
            [ { "key": "Wales", "doc_count": 1 }, { "key": "London", "doc_count": 3 }, { "key": "Scotland", "doc_count": 1 } ]
            """);

        var facets = SupplierSearchResponseParser.ParseSearch(response).Facets;

        Assert.Equal([new FacetCount("45", 2), new FacetCount("71", 1)], facets.CpvDivisions);
        Assert.Equal([new FacetCount("London", 3), new FacetCount("Scotland", 1), new FacetCount("Wales", 1)], facets.Regions);
        Assert.Equal([new FacetCount("Large", 1), new FacetCount("Small", 1)], facets.Sizes);
    }

    [Fact]
    public void No_hits_give_an_empty_result_with_empty_facets()
    {
        var result = SupplierSearchResponseParser.ParseSearch(JsonNode.Parse(ElasticsearchResponses.SearchWithNoHits)!);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
        Assert.Empty(result.Facets.CpvDivisions);
        Assert.Empty(result.Facets.Regions);
        Assert.Empty(result.Facets.Sizes);
    }

    [Fact]
    public void Suggestions_are_the_ids_and_names_of_the_hits()
    {
        var suggestions = SupplierSearchResponseParser.ParseSuggestions(JsonNode.Parse(ElasticsearchResponses.SearchForRoad)!);

        Assert.Equal(
            [new SupplierSuggestion(SupplierFixtures.Keystone.Id, "Keystone Road Engineering"), new SupplierSuggestion(SupplierFixtures.Brightline.Id, "Brightline Construction plc")],
            suggestions);
    }

    [Fact]
    public void A_bulk_answer_with_errors_names_the_first_failed_supplier_and_the_reason()
    {
        var failure = ElasticsearchErrors.FromBulkResponse(JsonNode.Parse(ElasticsearchResponses.BulkWithAFailedItem)!);

        Assert.NotNull(failure);
        Assert.Equal("document_parsing_exception", failure.ErrorType);
        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Contains("00000000-0000-0000-0000-000000000002", failure.Message, StringComparison.Ordinal);
        Assert.Contains("failed to parse field [size]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Can't get text on a START_OBJECT", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_missing_document_is_not_a_bulk_failure()
    {
        Assert.Null(ElasticsearchErrors.FromBulkResponse(JsonNode.Parse(ElasticsearchResponses.BulkDeleteOfAMissingDocument)!));
    }

    [Fact]
    public void An_error_answer_gives_the_status_the_error_type_and_the_reason()
    {
        var failure = ElasticsearchErrors.FromResponse(HttpStatusCode.BadRequest, "POST procurement-suppliers/_search", ElasticsearchResponses.ParsingException);

        Assert.Equal("parsing_exception", failure.ErrorType);
        Assert.Equal(
            "Elasticsearch answered 400 (BadRequest) to POST procurement-suppliers/_search: parsing_exception: unknown query [multi_matc] (caused by: [1:80] unknown field [multi_matc])",
            failure.Message);
    }

    [Fact]
    public void An_error_answer_that_is_not_json_is_quoted_as_it_came()
    {
        var failure = ElasticsearchErrors.FromResponse(HttpStatusCode.BadGateway, "POST _bulk", "<html>Bad gateway</html>");

        Assert.Equal("Elasticsearch answered 502 (BadGateway) to POST _bulk: unknown error: <html>Bad gateway</html>", failure.Message);
    }
}
