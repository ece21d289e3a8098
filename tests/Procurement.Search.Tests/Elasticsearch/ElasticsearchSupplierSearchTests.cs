using System.Net;
using System.Text.Json.Nodes;
using Procurement.Domain.Suppliers;
using Procurement.Search.Elasticsearch;

namespace Procurement.Search.Tests.Elasticsearch;

/// <summary>The adapter end to end, against a recording stand-in for the cluster.</summary>
public sealed class ElasticsearchSupplierSearchTests : IDisposable
{
    private readonly RecordingHandler _cluster = new();

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public async Task Ensuring_the_index_creates_it_with_the_mapping_when_it_is_missing()
    {
        _cluster.Answer(HttpStatusCode.NotFound).AnswerOk(ElasticsearchResponses.IndexCreated);

        await Adapter().EnsureIndexAsync(CancellationToken.None);

        Assert.Equal(["HEAD /procurement-suppliers", "PUT /procurement-suppliers"], RequestLines());
        var body = JsonNode.Parse(_cluster.Requests[1].Body!)!;
        Assert.Equal("keyword", body["mappings"]!["properties"]!["cpv"]!["type"]!.GetValue<string>());
        Assert.Equal("supplier_text", body["mappings"]!["properties"]!["name"]!["analyzer"]!.GetValue<string>());
        JsonAssert.Equal("""["lowercase", "asciifolding", "porter_stem"]""", body["settings"]!["analysis"]!["analyzer"]!["supplier_text"]!["filter"]);
    }

    [Fact]
    public async Task Ensuring_the_index_leaves_an_existing_index_alone()
    {
        _cluster.AnswerOk(string.Empty);

        await Adapter().EnsureIndexAsync(CancellationToken.None);

        Assert.Equal(["HEAD /procurement-suppliers"], RequestLines());
    }

    [Fact]
    public async Task Ensuring_the_index_accepts_that_another_instance_created_it_meanwhile()
    {
        _cluster.Answer(HttpStatusCode.NotFound).Answer(HttpStatusCode.BadRequest, ElasticsearchResponses.IndexAlreadyExists);

        await Adapter().EnsureIndexAsync(CancellationToken.None);

        Assert.Equal(2, _cluster.Requests.Count);
    }

    [Fact]
    public async Task Upserting_posts_ndjson_to_bulk_and_waits_for_the_refresh()
    {
        _cluster.AnswerOk(ElasticsearchResponses.BulkSucceeded);

        await Adapter().UpsertAsync([SupplierFixtures.Northwind, SupplierFixtures.Brightline], CancellationToken.None);

        var request = Assert.Single(_cluster.Requests);
        Assert.Equal("POST /_bulk?refresh=wait_for", request.ToString());
        Assert.Equal("application/x-ndjson", request.ContentType);
        Assert.Equal(SupplierBulkRequest.Index("procurement-suppliers", [SupplierFixtures.Northwind, SupplierFixtures.Brightline]), request.Body);
    }

    [Fact]
    public async Task Upserting_throws_with_the_reason_when_an_item_fails()
    {
        _cluster.AnswerOk(ElasticsearchResponses.BulkWithAFailedItem);

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => Adapter().UpsertAsync([SupplierFixtures.Northwind, SupplierFixtures.Brightline], CancellationToken.None));

        Assert.Contains("failed to parse field [size]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_for_an_empty_upsert_or_removal()
    {
        await Adapter().UpsertAsync([], CancellationToken.None);
        await Adapter().RemoveAsync([], CancellationToken.None);

        Assert.Empty(_cluster.Requests);
    }

    [Fact]
    public async Task Removing_posts_bulk_deletes_and_accepts_a_missing_document()
    {
        _cluster.AnswerOk(ElasticsearchResponses.BulkDeleteOfAMissingDocument);

        await Adapter().RemoveAsync([Guid.Parse("00000000-0000-0000-0000-000000000009")], CancellationToken.None);

        var request = Assert.Single(_cluster.Requests);
        Assert.Equal("POST /_bulk?refresh=wait_for", request.ToString());
        Assert.Equal("{\"delete\":{\"_index\":\"procurement-suppliers\",\"_id\":\"00000000-0000-0000-0000-000000000009\"}}\n", request.Body);
    }

    [Fact]
    public async Task Clearing_deletes_every_document_by_query()
    {
        _cluster.AnswerOk(ElasticsearchResponses.DeletedByQuery);

        await Adapter().ClearAsync(CancellationToken.None);

        var request = Assert.Single(_cluster.Requests);
        Assert.Equal("POST /procurement-suppliers/_delete_by_query?conflicts=proceed&refresh=true", request.ToString());
        JsonAssert.Equal("""{ "query": { "match_all": {} } }""", request.Body!);
    }

    [Fact]
    public async Task Searching_posts_the_built_body_to_the_index_and_parses_the_answer()
    {
        _cluster.AnswerOk(ElasticsearchResponses.SearchForRoad);
        var query = SupplierFixtures.Public("road");

        var result = await Adapter().SearchAsync(query, CancellationToken.None);

        var request = Assert.Single(_cluster.Requests);
        Assert.Equal("POST /procurement-suppliers/_search", request.ToString());
        Assert.Equal("application/json", request.ContentType);
        JsonAssert.Equal(SupplierSearchRequest.Build(query).ToJsonString(), request.Body!);
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task Suggesting_searches_the_name_prefixes_and_skips_the_call_for_a_blank_prefix()
    {
        _cluster.AnswerOk(ElasticsearchResponses.SearchForRoad);
        var adapter = Adapter();

        Assert.Empty(await adapter.SuggestAsync("  ", [VerificationStatus.Verified], 5, CancellationToken.None));
        var suggestions = await adapter.SuggestAsync("key", [VerificationStatus.Verified], 5, CancellationToken.None);

        var request = Assert.Single(_cluster.Requests);
        Assert.Equal("POST /procurement-suppliers/_search", request.ToString());
        Assert.Equal("key", JsonNode.Parse(request.Body!)!["query"]!["bool"]!["must"]![0]!["match"]!["name.prefix"]!["query"]!.GetValue<string>());
        Assert.Equal(2, suggestions.Count);
    }

    [Fact]
    public async Task An_error_answer_throws_with_the_status_the_type_and_the_reason()
    {
        _cluster.Answer(HttpStatusCode.BadRequest, ElasticsearchResponses.ParsingException);

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => Adapter().SearchAsync(SupplierFixtures.Public("road"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Contains("400", failure.Message, StringComparison.Ordinal);
        Assert.Contains("parsing_exception: unknown query [multi_matc]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_index_is_reported_as_such_when_searching()
    {
        _cluster.Answer(HttpStatusCode.NotFound, ElasticsearchResponses.IndexNotFound);

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => Adapter().SearchAsync(SupplierFixtures.Public(), CancellationToken.None));

        Assert.Equal("index_not_found_exception", failure.ErrorType);
    }

    [Theory]
    [InlineData("encoded-key", null, null, "ApiKey encoded-key")]
    [InlineData(null, "elastic", "changeme", "Basic ZWxhc3RpYzpjaGFuZ2VtZQ==")]
    [InlineData(null, null, null, null)]
    public async Task Requests_carry_the_configured_credentials(string? apiKey, string? username, string? password, string? authorization)
    {
        _cluster.AnswerOk(string.Empty);
        var options = new ElasticsearchOptions { ApiKey = apiKey, Username = username, Password = password };

        await Adapter(options).EnsureIndexAsync(CancellationToken.None);

        Assert.Equal(authorization, Assert.Single(_cluster.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://proxy.example/es/")]
    [InlineData("https://proxy.example/es")]
    public async Task A_base_address_with_a_path_is_kept(string baseAddress)
    {
        _cluster.AnswerOk(ElasticsearchResponses.SearchWithNoHits);
        var client = new HttpClient(_cluster, disposeHandler: false) { BaseAddress = new Uri(baseAddress) };

        await new ElasticsearchSupplierSearch(client, new ElasticsearchOptions()).SearchAsync(SupplierFixtures.Public(), CancellationToken.None);

        Assert.Equal("/es/procurement-suppliers/_search", Assert.Single(_cluster.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Without_a_base_address_the_configured_url_is_used()
    {
        _cluster.AnswerOk(ElasticsearchResponses.SearchWithNoHits);
        var options = new ElasticsearchOptions { Url = new Uri("http://search.internal:9200"), IndexName = "suppliers-v2" };

        await Adapter(options).SearchAsync(SupplierFixtures.Public(), CancellationToken.None);

        Assert.Equal(new Uri("http://search.internal:9200/suppliers-v2/_search"), Assert.Single(_cluster.Requests).Uri);
    }

    private ElasticsearchSupplierSearch Adapter(ElasticsearchOptions? options = null) =>
        new(new HttpClient(_cluster, disposeHandler: false), options ?? new ElasticsearchOptions());

    private List<string> RequestLines() => [.. _cluster.Requests.Select(request => request.ToString())];
}
