using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Procurement.Search.Elasticsearch;

/// <summary>Turns Elasticsearch's error bodies into exceptions that say what went wrong.</summary>
internal static class ElasticsearchErrors
{
    /// <summary>For a non-success answer: <c>{"error": {"type": …, "reason": …, "caused_by": …}, "status": 400}</c>.</summary>
    public static ElasticsearchException FromResponse(HttpStatusCode status, string request, string body)
    {
        var error = TryParse(body)?["error"];
        var (type, reason) = error is JsonObject ? Describe(error) : (null, error?.ToString() ?? Abbreviate(body));
        var message = $"Elasticsearch answered {(int)status} ({status}) to {request}: {type ?? "unknown error"}: {reason}";
        return new ElasticsearchException(message, status, type, reason);
    }

    /// <summary>
    /// A bulk request answers 200 even when items fail; <c>errors: true</c> says some did. Returns an exception
    /// for the first failed item, or null when all succeeded (a delete of a missing document is a success).
    /// </summary>
    public static ElasticsearchException? FromBulkResponse(JsonNode response)
    {
        if (response["errors"]?.GetValue<bool>() != true)
        {
            return null;
        }

        var failed = (response["items"] as JsonArray ?? [])
            .Select(item => (item as JsonObject)?.FirstOrDefault().Value)
            .FirstOrDefault(result => result?["error"] is not null);
        if (failed is null)
        {
            return new ElasticsearchException("Elasticsearch reported errors in a bulk request but named no failed item.");
        }

        var (type, reason) = Describe(failed["error"]!);
        var status = (HttpStatusCode)(failed["status"]?.GetValue<int>() ?? 0);
        var id = failed["_id"]?.GetValue<string>();
        return new ElasticsearchException($"Elasticsearch refused supplier {id} in a bulk request ({(int)status}): {type}: {reason}", status, type, reason);
    }

    // caused_by often holds the useful part, e.g. which value of which field failed to parse.
    private static (string? Type, string? Reason) Describe(JsonNode error)
    {
        var type = error["type"]?.ToString();
        var reason = error["reason"]?.ToString();
        var cause = error["caused_by"]?["reason"]?.ToString();
        return (type, cause is null ? reason : $"{reason} (caused by: {cause})");
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Abbreviate(string body) =>
        string.IsNullOrWhiteSpace(body) ? "(no body)" : body.Length <= 500 ? body : body[..500] + "…";
}
