using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Reference;

namespace Procurement.Search.Lucene;

/// <summary>How a catalog item is laid out in the Lucene index: text fields, term filters, numeric ranges, sort and facet doc values.</summary>
internal static class CatalogFields
{
    public const string Id = "id";
    public const string Cpv = "cpv";
    public const string Framework = "framework";
    public const string Supplier = "supplier";
    public const string PriceCents = "price_cents";
    public const string PriceSort = "price_sort";
    public const string LeadSort = "lead_sort";
    public const string NameSort = "name_sort";
    public const string DivisionFacet = "division_facet";
    public const string SupplierFacet = "supplier_facet";
    public const string Stored = "hit";

    /// <summary>The searched text fields, with how much a match in each counts.</summary>
    public static readonly (string Field, float Boost)[] Text = [("name", 3f), ("sku", 2f), ("supplier_name", 1.5f), ("cpv_label", 1.2f), ("description", 1f)];

    public static string IdTerm(Guid id) => id.ToString("N");

    /// <summary>Money as whole cents, for exact range filters.</summary>
    public static long Cents(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    public static Document ToLucene(CatalogItemDocument item)
    {
        var document = new Document
        {
            new StringField(Id, IdTerm(item.Id), Field.Store.YES),
            new TextField("name", item.Name, Field.Store.NO),
            new TextField("sku", item.Sku, Field.Store.NO),
            new TextField("supplier_name", item.SupplierName, Field.Store.NO),
            new TextField("cpv_label", item.CpvLabel, Field.Store.NO),
            new TextField("description", item.Description, Field.Store.NO),
            new StringField(Supplier, IdTerm(item.SupplierId), Field.Store.NO),
            new Int64Field(PriceCents, Cents(item.UnitPrice), Field.Store.NO),
            new NumericDocValuesField(PriceSort, Cents(item.UnitPrice)),
            new NumericDocValuesField(LeadSort, item.LeadTimeDays),
            new SortedDocValuesField(NameSort, new BytesRef(item.Name.ToLowerInvariant())),
            new SortedSetDocValuesField(DivisionFacet, new BytesRef(item.CpvCode[..2])),
            new SortedSetDocValuesField(SupplierFacet, new BytesRef($"{IdTerm(item.SupplierId)}|{item.SupplierName}")),
            new StoredField(Stored, JsonSerializer.Serialize(Hit(item))),
        };
        foreach (var prefix in CpvCode.Ancestors(item.CpvCode))
        {
            document.Add(new StringField(Cpv, prefix, Field.Store.NO));
        }

        foreach (var framework in item.FrameworkIds.Distinct())
        {
            document.Add(new StringField(Framework, IdTerm(framework), Field.Store.NO));
        }

        return document;
    }

    public static CatalogHit ReadHit(Document document) => JsonSerializer.Deserialize<CatalogHit>(document.Get(Stored, CultureInfo.InvariantCulture))!;

    /// <summary>A facet label "supplierId|name" back into its parts.</summary>
    public static CatalogFacet SupplierFacetOf(string label, long count)
    {
        var bar = label.IndexOf('|', StringComparison.Ordinal);
        return new CatalogFacet(Guid.ParseExact(label[..bar], "N").ToString(), label[(bar + 1)..], count);
    }

    private static CatalogHit Hit(CatalogItemDocument item) => new(item.Id, item.SupplierId, item.SupplierName, item.Sku, item.Name, item.CpvCode,
        item.UnitCode, item.UnitName, item.UnitPrice, item.Currency, item.MinimumOrderQuantity, item.LeadTimeDays, item.ImageId);
}
