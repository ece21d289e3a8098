using System.Text.Json.Nodes;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Elasticsearch;

/// <summary>Builds the <c>_search</c> body for the search-as-you-type box: names whose words start with the words typed.</summary>
internal static class SupplierSuggestRequest
{
    public static JsonObject Build(string prefix, IReadOnlyList<VerificationStatus> statuses, int limit) => new()
    {
        ["size"] = limit,
        ["_source"] = SupplierSearchRequest.Strings([SupplierFields.Name]),
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["must"] = new JsonArray(SupplierSearchRequest.PrefixMatch(prefix.Trim())),
                ["filter"] = SupplierSearchRequest.Filters(new(null, [], [], [], statuses)),
            },
        },
        ["sort"] = SupplierSearchRequest.Sort(byRelevance: false),
    };
}
