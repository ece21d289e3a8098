using Procurement.Web.Features.Shared.Formats;

namespace Procurement.IntegrationTests.Formats;

public sealed class CsvWriterTests
{
    [Fact]
    public async Task Quotes_fields_with_commas_quotes_and_line_breaks_and_ends_rows_with_crlf()
    {
        var text = new StringWriter();
        await new CsvWriter(text).WriteRowAsync("Roads, bridges", "The \"best\" offer", "line one\nline two", "plain");

        Assert.Equal("\"Roads, bridges\",\"The \"\"best\"\" offer\",\"line one\nline two\",plain\r\n", text.ToString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"\"http://x\"\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Defuses_text_a_spreadsheet_would_run_as_a_formula(string text, string expected) =>
        Assert.Equal(expected.Contains('"', StringComparison.Ordinal) ? $"\"{expected}\"" : expected, CsvWriter.Field(text));

    [Fact]
    public void Writes_numbers_and_times_as_invariant_values()
    {
        Assert.Equal("-1234.5", CsvWriter.Field(-1234.5m));
        Assert.Equal("2026-11-23T18:05:00Z", CsvWriter.Field(new DateTimeOffset(2026, 11, 23, 19, 5, 0, TimeSpan.FromHours(1))));
        Assert.Equal(string.Empty, CsvWriter.Field(null));
    }
}
