using System.Text;
using System.Text.Json.Nodes;
using Procurement.Application.Search.Ports;

namespace Procurement.Search.Elasticsearch;

/// <summary>The newline-delimited bodies of <c>POST /_bulk</c>: one action line, then the source line for an index.</summary>
internal static class SupplierBulkRequest
{
    public static string Index(string indexName, IEnumerable<SupplierDocument> suppliers)
    {
        var body = new StringBuilder();
        foreach (var supplier in suppliers)
        {
            AppendLine(body, Action("index", indexName, supplier.Id));
            AppendLine(body, SupplierIndexDocument.Build(supplier));
        }

        return body.ToString();
    }

    public static string Delete(string indexName, IEnumerable<Guid> supplierIds)
    {
        var body = new StringBuilder();
        foreach (var supplierId in supplierIds)
        {
            AppendLine(body, Action("delete", indexName, supplierId));
        }

        return body.ToString();
    }

    private static JsonObject Action(string action, string indexName, Guid supplierId) => new()
    {
        [action] = new JsonObject { ["_index"] = indexName, ["_id"] = SupplierIndexDocument.IdOf(supplierId) },
    };

    // The bulk API needs every line, the last one included, to end with a newline; ToJsonString never indents.
    private static void AppendLine(StringBuilder body, JsonObject line) => body.Append(line.ToJsonString()).Append('\n');
}
