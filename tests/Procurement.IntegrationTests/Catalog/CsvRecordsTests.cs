using Procurement.Application.Catalog;

namespace Procurement.IntegrationTests.Catalog;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Reads_quoted_commas_doubled_quotes_and_line_breaks_inside_quotes_keeping_spreadsheet_row_numbers()
    {
        var records = CsvRecords.Parse("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\r\nlast,,\r\n");

        Assert.Equal([1, 2, 3], records.Select(r => r.Row));
        Assert.Equal(["x, y", "say \"hi\"", "two\r\nlines"], records[1].Fields);
        Assert.Equal(["last", "", ""], records[2].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_refused_with_its_row()
    {
        var refused = Assert.Throws<FormatException>(() => CsvRecords.Parse("a,b\r\n\"open,b\r\n"));

        Assert.Contains("Row 2", refused.Message, StringComparison.Ordinal);
    }
}
