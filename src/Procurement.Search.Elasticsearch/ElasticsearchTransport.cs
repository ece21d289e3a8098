using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Procurement.Search.Elasticsearch;

/// <summary>Sends one REST request with the configured credentials and reads the JSON answer, or throws with Elasticsearch's reason.</summary>
internal sealed class ElasticsearchTransport(HttpClient httpClient, ElasticsearchOptions options)
{
    public const string NdJson = "application/x-ndjson";

    // With a trailing slash, so that a base address with a path (a proxy's /es) is kept when request paths are added.
    private readonly Uri _baseAddress = WithTrailingSlash(httpClient.BaseAddress ?? options.Url);

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static StringContent NdJsonContent(string body) => new(body, Encoding.UTF8, NdJson);

    /// <summary>True for 2xx, false for 404; anything else throws. For <c>HEAD</c> requests, which have no body.</summary>
    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendRequestAsync(HttpMethod.Head, path, null, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, $"HEAD {path}", cancellationToken);
        return true;
    }

    public async Task<JsonNode> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var response = await SendRequestAsync(method, path, content, cancellationToken);
        var body = await EnsureSuccessAsync(response, $"{method} {path}", cancellationToken);
        return JsonNode.Parse(body) ?? new JsonObject();
    }

    private async Task<HttpResponseMessage> SendRequestAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseAddress, path.TrimStart('/'))) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = Authorization();
        return await httpClient.SendAsync(request, cancellationToken);
    }

    private static async Task<string> EnsureSuccessAsync(HttpResponseMessage response, string request, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? body : throw ElasticsearchErrors.FromResponse(response.StatusCode, request, body);
    }

    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new UriBuilder(address) { Path = address.AbsolutePath + "/" }.Uri;

    private AuthenticationHeaderValue? Authorization()
    {
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            return new AuthenticationHeaderValue("ApiKey", options.ApiKey);
        }

        if (!string.IsNullOrEmpty(options.Username))
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
            return new AuthenticationHeaderValue("Basic", credentials);
        }

        return null;
    }
}
