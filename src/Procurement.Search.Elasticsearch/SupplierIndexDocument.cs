using System.Text.Json.Nodes;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Reference;

namespace Procurement.Search.Elasticsearch;

/// <summary>The <c>_source</c> stored for one supplier.</summary>
internal static class SupplierIndexDocument
{
    public static string IdOf(Guid supplierId) => supplierId.ToString("D");

    public static JsonObject Build(SupplierDocument supplier) => new()
    {
        [SupplierFields.Id] = IdOf(supplier.Id),
        [SupplierFields.Name] = supplier.LegalName,
        [SupplierFields.TradingName] = supplier.TradingName,
        [SupplierFields.Description] = supplier.Description,
        [SupplierFields.CpvLabels] = Array(supplier.CpvLabels),
        [SupplierFields.Cpv] = Array(supplier.CpvCodes.SelectMany(CpvPrefixes).Distinct()),
        [SupplierFields.CpvCodes] = Array(supplier.CpvCodes.Select(CpvCode.Normalise)),
        [SupplierFields.Division] = Array(supplier.CpvCodes.Select(code => CpvCode.Normalise(code)[..2]).Distinct()),
        [SupplierFields.Region] = supplier.Region,
        [SupplierFields.Size] = supplier.Size.ToString(),
        [SupplierFields.Status] = supplier.Status.ToString(),
    };

    /// <summary>
    /// Every digit prefix of the code, from the division to all eight digits. This is a superset of
    /// <see cref="CpvCode.Ancestors"/>: the port promises that a filter matches when a code starts with it, and a
    /// caller may send "4520" or "45200000", which the ancestors of 45200000-9 ("45", "452") alone would miss.
    /// </summary>
    public static IEnumerable<string> CpvPrefixes(string code)
    {
        var digits = CpvCode.Normalise(code)[..8];
        return Enumerable.Range(2, 7).Select(length => digits[..length]);
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode)value)]);
}
