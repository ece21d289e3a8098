using System.Text.Json.Nodes;
using Procurement.Application.Catalog.Ports;

namespace Procurement.Search.Elasticsearch;

/// <summary>
/// <see cref="ICatalogSearch"/> over the Elasticsearch 8 REST API: its own index (<see cref="ElasticsearchOptions.CatalogIndexName"/>),
/// <c>multi_match</c> with <c>fuzziness: AUTO</c>, <c>bool</c> filters, <c>terms</c> aggregations. Call <see cref="EnsureIndexAsync"/> at start-up.
/// </summary>
public sealed class ElasticsearchCatalogSearch : ICatalogSearch
{
    private const int BulkBatchSize = 500;

    private readonly ElasticsearchTransport _transport;
    private readonly string _indexName;
    private readonly string _index;

    public ElasticsearchCatalogSearch(HttpClient httpClient, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CatalogIndexName);
        _transport = new ElasticsearchTransport(httpClient, options);
        _indexName = options.CatalogIndexName;
        _index = Uri.EscapeDataString(options.CatalogIndexName);
    }

    public async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (await _transport.ExistsAsync(_index, cancellationToken))
        {
            return;
        }

        try
        {
            using var content = ElasticsearchTransport.Json(CatalogSearchRequest.IndexDefinition());
            await _transport.SendAsync(HttpMethod.Put, _index, content, cancellationToken);
        }
        catch (ElasticsearchException exception) when (exception.ErrorType == "resource_already_exists_exception")
        {
            // Another instance created it between our HEAD and PUT.
        }
    }

    public async Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var content = ElasticsearchTransport.Json(CatalogSearchRequest.Search(query));
        return CatalogSearchRequest.Parse(await _transport.SendAsync(HttpMethod.Post, $"{_index}/_search", content, cancellationToken));
    }

    public async Task UpsertAsync(IReadOnlyCollection<CatalogItemDocument> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var batch in items.Chunk(BulkBatchSize))
        {
            await BulkAsync(CatalogSearchRequest.Bulk(_indexName, batch), cancellationToken);
        }
    }

    public async Task RemoveAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        foreach (var batch in itemIds.Chunk(BulkBatchSize))
        {
            await BulkAsync(CatalogSearchRequest.BulkDelete(_indexName, batch), cancellationToken);
        }
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        using var content = ElasticsearchTransport.Json(new JsonObject { ["query"] = new JsonObject { ["match_all"] = new JsonObject() } });
        await _transport.SendAsync(HttpMethod.Post, $"{_index}/_delete_by_query?conflicts=proceed&refresh=true", content, cancellationToken);
    }

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
