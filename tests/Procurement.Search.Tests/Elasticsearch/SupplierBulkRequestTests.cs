using Procurement.Domain.Reference;
using Procurement.Search.Elasticsearch;

namespace Procurement.Search.Tests.Elasticsearch;

public sealed class SupplierBulkRequestTests
{
    [Fact]
    public void Upserting_two_suppliers_sends_an_action_line_and_a_source_line_for_each_in_order_ending_with_a_newline()
    {
        var body = SupplierBulkRequest.Index("procurement-suppliers", [SupplierFixtures.Northwind, SupplierFixtures.Brightline]);

        Assert.EndsWith("\n", body, StringComparison.Ordinal);
        var lines = body[..^1].Split('\n');
        Assert.Equal(4, lines.Length);
        JsonAssert.Equal("""{ "index": { "_index": "procurement-suppliers", "_id": "00000000-0000-0000-0000-000000000001" } }""", lines[0]);
        JsonAssert.Equal("""
            {
              "id": "00000000-0000-0000-0000-000000000001",
              "name": "Northwind Medical Supplies Ltd",
              "trading_name": null,
              "description": "Distributor of hospital equipment and single-use clinical consumables.",
              "cpv_labels": ["Medical equipments", "Medical consumables"],
              "cpv": ["33", "331", "3310", "33100", "331000", "3310000", "33100000",
                      "3314", "33140", "331400", "3314000", "33140000"],
              "cpv_codes": ["33100000-1", "33140000-3"],
              "division": ["33"],
              "region": "North West",
              "size": "Medium",
              "status": "Verified"
            }
            """, lines[1]);
        JsonAssert.Equal("""{ "index": { "_index": "procurement-suppliers", "_id": "00000000-0000-0000-0000-000000000002" } }""", lines[2]);
        JsonAssert.Equal("""
            {
              "id": "00000000-0000-0000-0000-000000000002",
              "name": "Brightline Construction plc",
              "trading_name": "Brightline",
              "description": "Main contractor for public buildings, schools and highways.",
              "cpv_labels": ["Construction work", "Road construction works"],
              "cpv": ["45", "450", "4500", "45000", "450000", "4500000", "45000000",
                      "452", "4523", "45233", "452331", "4523312", "45233120"],
              "cpv_codes": ["45000000-7", "45233120-6"],
              "division": ["45"],
              "region": "Yorkshire and the Humber",
              "size": "Large",
              "status": "Verified"
            }
            """, lines[3]);
    }

    [Fact]
    public void Removing_suppliers_sends_one_delete_line_each()
    {
        var body = SupplierBulkRequest.Delete("procurement-suppliers", [SupplierFixtures.Summit.Id, SupplierFixtures.Keystone.Id]);

        Assert.Equal(
            """
            {"delete":{"_index":"procurement-suppliers","_id":"00000000-0000-0000-0000-000000000004"}}
            {"delete":{"_index":"procurement-suppliers","_id":"00000000-0000-0000-0000-000000000005"}}

            """.ReplaceLineEndings("\n"),
            body);
    }

    [Theory]
    [InlineData("45233120-6")]
    [InlineData("45000000-7")]
    [InlineData("33141000-0")]
    public void The_cpv_terms_of_a_code_hold_its_ancestors_and_all_its_digits(string code)
    {
        var terms = SupplierIndexDocument.CpvPrefixes(code).ToList();

        Assert.Superset(CpvCode.Ancestors(code).ToHashSet(), terms.ToHashSet());
        Assert.Contains(code[..8], terms);
    }

    [Fact]
    public void A_filter_on_a_prefix_with_trailing_zeros_finds_a_code_that_starts_with_it()
    {
        Assert.Contains("4520", SupplierIndexDocument.CpvPrefixes("45200000-9"));
    }
}
