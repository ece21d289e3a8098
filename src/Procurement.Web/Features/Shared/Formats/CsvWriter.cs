using System.Globalization;

namespace Procurement.Web.Features.Shared.Formats;

/// <summary>
/// Writes RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
/// Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an
/// apostrophe, as OWASP advises against CSV injection; numbers and dates are written as values, invariant culture.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] _needsQuotes = [',', '"', '\r', '\n'];

    public async Task WriteRowAsync(params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(Field(cells[i]));
        }

        await writer.WriteAsync("\r\n");
    }

    public static string Field(object? value) => value switch
    {
        null => string.Empty,
        string text => Quote(Defuse(text)),
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(Defuse(value.ToString() ?? string.Empty)),
    };

    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny(_needsQuotes) >= 0 || text != text.Trim() ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
