using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog;

/// <summary>One data row of an import file, read into an item's details and wanted status, with its spreadsheet row number.</summary>
public sealed record CatalogImportRow(int Row, CatalogItemDetails Details, CatalogItemStatus? StatusOrNull, IReadOnlyList<CatalogImportRowError> ReadErrors)
{
    public CatalogItemStatus Status => StatusOrNull ?? CatalogItemStatus.Active;

    /// <summary>Maps the header's columns; throws <see cref="FormatException"/> (the whole file refused) when a required column is missing.</summary>
    public static List<CatalogImportRow> FromRecords(IReadOnlyList<CsvRecord> records)
    {
        if (records.Count == 0)
        {
            throw new FormatException("The file is empty: start with the header row of the template.");
        }

        var header = records[0].Fields.Select((name, index) => (Name: name.Trim().ToLowerInvariant(), index))
            .GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().index);
        var missing = CatalogCsvTemplate.Columns.Where(c => c.Required && !header.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"The header row has no {string.Join(", ", missing)} column{(missing.Count > 1 ? "s" : string.Empty)}; use the template's header row.");
        }

        return [.. records.Skip(1).Select(record => From(record, header))];
    }

    /// <summary>Every problem of this row, by row number and column name.</summary>
    public IEnumerable<CatalogImportRowError> Problems() =>
        ReadErrors.Concat(Details.Problems()
            .Where(p => !ReadErrors.Any(e => e.Field == ColumnOf(p.Field)))
            .Select(p => new CatalogImportRowError(Row, ColumnOf(p.Field), p.Message)));

    private static string ColumnOf(string field) => CatalogCsvTemplate.Columns.First(c => c.Field == field).Name;

    private static CatalogImportRow From(CsvRecord record, Dictionary<string, int> header)
    {
        string Cell(string column) => header.TryGetValue(column, out var index) && index < record.Fields.Count ? record.Fields[index] : string.Empty;
        var errors = new List<CatalogImportRowError>();
        decimal? Number(string column)
        {
            var text = Cell(column);
            var value = CatalogCsvTemplate.Decimal(text);
            if (value is null && text.Length > 0)
            {
                errors.Add(new(record.Row, column, $"'{text}' is not a number; write it with a dot for decimals and no thousands separator, like 1234.50."));
            }

            return value;
        }

        var leadText = Cell("lead_time_days");
        var lead = CatalogCsvTemplate.Integer(leadText);
        if (lead is null && leadText.Length > 0)
        {
            errors.Add(new(record.Row, "lead_time_days", $"'{leadText}' is not a whole number of days."));
        }

        CatalogItemStatus? status = null;
        var statusText = Cell("status");
        if (statusText.Length > 0)
        {
            if (Enum.TryParse<CatalogItemStatus>(statusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !statusText.All(char.IsAsciiDigit))
            {
                status = parsed;
            }
            else
            {
                errors.Add(new(record.Row, "status", $"'{statusText}' is not a status: write Active, Draft or Withdrawn."));
            }
        }

        var details = new CatalogItemDetails(Cell("sku"), Cell("name"), Cell("description"), Cell("cpv_code"), Cell("unit_code"),
            Number("unit_price"), Cell("currency"), Number("minimum_order_quantity"), lead);
        return new CatalogImportRow(record.Row, details, status, errors);
    }
}
