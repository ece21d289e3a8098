namespace Procurement.Search.Elasticsearch;

/// <summary>Where the Elasticsearch 8 cluster is and how to sign in to it.</summary>
/// <remarks>Give either <see cref="ApiKey"/> or <see cref="Username"/> and <see cref="Password"/>, or neither for a
/// local cluster with security off (docker-compose.yml).</remarks>
public sealed class ElasticsearchOptions
{
    public const string DefaultIndexName = "procurement-suppliers";

    /// <summary>The cluster's base address; the <see cref="HttpClient"/> given to the adapter uses it as BaseAddress.</summary>
    public Uri Url { get; set; } = new("http://localhost:9200");

    public string IndexName { get; set; } = DefaultIndexName;

    public const string DefaultCatalogIndexName = "procurement-catalog";

    /// <summary>The catalog items' index, beside the suppliers' one.</summary>
    public string CatalogIndexName { get; set; } = DefaultCatalogIndexName;

    /// <summary>The encoded API key, as Elasticsearch returns it in the <c>encoded</c> field; sent as <c>Authorization: ApiKey …</c>.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }
}
