using System.Text.Json.Nodes;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Elasticsearch;

/// <summary>
/// The production <see cref="ISupplierSearch"/>: Elasticsearch 8 over its REST API. Call <see cref="EnsureIndexAsync"/>
/// once at start-up, before the first update or search.
/// </summary>
public sealed class ElasticsearchSupplierSearch : ISupplierSearch
{
    // Large enough to keep round trips few in a full rebuild, small enough to stay far below http.max_content_length.
    private const int BulkBatchSize = 500;

    private readonly ElasticsearchTransport _transport;
    private readonly string _indexName;
    private readonly string _index;

    /// <param name="httpClient">Its BaseAddress is the cluster's address; when it has none, <see cref="ElasticsearchOptions.Url"/> is used.</param>
    public ElasticsearchSupplierSearch(HttpClient httpClient, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.IndexName);
        _transport = new ElasticsearchTransport(httpClient, options);
        _indexName = options.IndexName;
        _index = Uri.EscapeDataString(options.IndexName);
    }

    /// <summary>Creates the index with its analyzers and mapping when it does not exist yet; an existing index is left as it is.</summary>
    public async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (await _transport.ExistsAsync(_index, cancellationToken))
        {
            return;
        }

        try
        {
            using var content = ElasticsearchTransport.Json(SupplierIndexDefinition.Build());
            await _transport.SendAsync(HttpMethod.Put, _index, content, cancellationToken);
        }
        catch (ElasticsearchException exception) when (exception.ErrorType == "resource_already_exists_exception")
        {
            // Another instance created it between our HEAD and PUT.
        }
    }

    public async Task<SupplierSearchResult> SearchAsync(SupplierQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var response = await SearchAsync(SupplierSearchRequest.Build(query), cancellationToken);
        return SupplierSearchResponseParser.ParseSearch(response);
    }

    public async Task<IReadOnlyList<SupplierSuggestion>> SuggestAsync(string prefix, IReadOnlyList<VerificationStatus> statuses, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (string.IsNullOrWhiteSpace(prefix) || limit < 1)
        {
            return [];
        }

        var body = SupplierSuggestRequest.Build(prefix, statuses, Math.Min(limit, SupplierQuery.MaxPageSize));
        return SupplierSearchResponseParser.ParseSuggestions(await SearchAsync(body, cancellationToken));
    }

    public async Task UpsertAsync(IReadOnlyCollection<SupplierDocument> suppliers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suppliers);
        foreach (var batch in suppliers.Chunk(BulkBatchSize))
        {
            await BulkAsync(SupplierBulkRequest.Index(_indexName, batch), cancellationToken);
        }
    }

    public async Task RemoveAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supplierIds);
        foreach (var batch in supplierIds.Chunk(BulkBatchSize))
        {
            await BulkAsync(SupplierBulkRequest.Delete(_indexName, batch), cancellationToken);
        }
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        // conflicts=proceed: a supplier updated while we clear survives, and the rebuild that follows overwrites it anyway.
        using var content = ElasticsearchTransport.Json(new JsonObject { ["query"] = new JsonObject { ["match_all"] = new JsonObject() } });
        await _transport.SendAsync(HttpMethod.Post, $"{_index}/_delete_by_query?conflicts=proceed&refresh=true", content, cancellationToken);
    }

    private async Task<JsonNode> SearchAsync(JsonObject body, CancellationToken cancellationToken)
    {
        using var content = ElasticsearchTransport.Json(body);
        return await _transport.SendAsync(HttpMethod.Post, $"{_index}/_search", content, cancellationToken);
    }

    // refresh=wait_for: the port promises the change is visible to searches when the call returns.
    private async Task BulkAsync(string ndjson, CancellationToken cancellationToken)
    {
        using var content = ElasticsearchTransport.NdJsonContent(ndjson);
        var response = await _transport.SendAsync(HttpMethod.Post, "_bulk?refresh=wait_for", content, cancellationToken);
        if (ElasticsearchErrors.FromBulkResponse(response) is { } failure)
        {
            throw failure;
        }
    }
}
