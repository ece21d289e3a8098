using System.Text;

namespace Procurement.Application.Catalog;

/// <summary>
/// Reads CSV as RFC 4180 describes it: fields separated by commas, optionally in double quotes, where a quoted field
/// may hold commas, line breaks (CRLF or LF) and doubled quotes (<c>""</c>). A byte-order mark is skipped; blank
/// lines are skipped. Each record keeps its number as a spreadsheet shows it (the first record is row 1), which
/// a quoted line break does not advance.
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldWasQuoted = false;
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var row = 0;

        void EndField()
        {
            fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            fieldWasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            row++;
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add(new CsvRecord(row, [.. fields]));
            }
            else
            {
                row--;
            }

            fields.Clear();
        }

        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    field.Append('"');
                    position++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                inQuotes = true;
                fieldWasQuoted = true;
            }
            else if (c == ',')
            {
                EndField();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
                {
                    position++;
                }

                EndRecord();
            }
            else
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"Row {row + 1} opens a quoted field that is never closed: check for a missing closing quote (\").");
        }

        if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted)
        {
            EndRecord();
        }

        return records;
    }
}

/// <param name="Row">The record's number, counting the header as row 1.</param>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);
