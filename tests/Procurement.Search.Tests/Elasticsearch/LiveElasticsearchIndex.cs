using Procurement.Search.Elasticsearch;

namespace Procurement.Search.Tests.Elasticsearch;

/// <summary>
/// A uniquely named index on the cluster at ELASTICSEARCH_URL, filled with <see cref="SupplierFixtures.All"/> and
/// deleted afterwards. Does nothing when the variable is not set.
/// </summary>
public sealed class LiveElasticsearchIndex : IAsyncLifetime
{
    public const string NotSetMessage =
        "ELASTICSEARCH_URL is not set: the live Elasticsearch test did not run. Start Elasticsearch 8 (docker compose up elasticsearch) and set ELASTICSEARCH_URL=http://localhost:9200 to run it.";

    private readonly HttpClient? _client;
    private readonly ElasticsearchOptions _options = new() { IndexName = $"procurement-suppliers-test-{Guid.NewGuid():N}" };

    public LiveElasticsearchIndex()
    {
        var url = Environment.GetEnvironmentVariable("ELASTICSEARCH_URL");
        if (!string.IsNullOrWhiteSpace(url))
        {
            _options.Url = new Uri(url);
            _client = new HttpClient { BaseAddress = _options.Url };
            Search = new ElasticsearchSupplierSearch(_client, _options);
        }
    }

    /// <summary>Null when ELASTICSEARCH_URL is not set.</summary>
    public ElasticsearchSupplierSearch? Search { get; }

    public async ValueTask InitializeAsync()
    {
        if (Search is not null)
        {
            await Search.EnsureIndexAsync(CancellationToken.None);
            await Search.UpsertAsync([.. SupplierFixtures.All], CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            using var response = await _client.DeleteAsync(new Uri(_options.IndexName, UriKind.Relative));
            _client.Dispose();
        }
    }
}
