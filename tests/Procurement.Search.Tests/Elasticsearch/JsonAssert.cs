using System.Text.Json.Nodes;

namespace Procurement.Search.Tests.Elasticsearch;

internal static class JsonAssert
{
    /// <summary>Structural equality, with both documents shown indented when they differ.</summary>
    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.\nExpected:\n{Indented(expected)}\nActual:\n{Indented(actual)}");
        }
    }

    public static void Equal(string expectedJson, string actualJson) => Equal(expectedJson, JsonNode.Parse(actualJson));

    private static string Indented(JsonNode? node) => node?.ToJsonString(new() { WriteIndented = true }) ?? "null";
}
