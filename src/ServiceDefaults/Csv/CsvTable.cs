using System.Text;

namespace APPlatform.ServiceDefaults.Csv;

/// <summary>
/// Comma-separated values as RFC 4180 writes them (every service that reads or writes a spreadsheet uses this one):
/// quoted fields may hold commas, quotes ("") and line breaks. Reading gives the header row's names (case-insensitive)
/// and each data row with its row number as a spreadsheet shows it (the header is row 1; a cell's line breaks do not
/// start a new row), for error reports.
/// </summary>
public static class CsvTable
{
    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Values)
    {
        public string? this[string column] => Values.TryGetValue(column, out var value) && value.Trim().Length > 0 ? value.Trim() : null;
    }

    public static (IReadOnlyList<string> Header, IReadOnlyList<Row> Rows) Read(string text)
    {
        var (header, rows) = Stream(new StringReader(text));
        return (header, rows.ToList());
    }

    /// <summary>
    /// The header at once and the rows one at a time as they are enumerated (once), so a file far larger than a
    /// spreadsheet upload (GIAS's daily extract of every establishment) is read without holding it all.
    /// </summary>
    public static (IReadOnlyList<string> Header, IEnumerable<Row> Rows) Stream(TextReader reader)
    {
        var records = Records(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            records.Dispose();
            return ([], []);
        }

        var header = records.Current.Select(h => h.Trim().ToLowerInvariant()).ToList();
        return (header, RowsAfterHeader(records, header));
    }

    private static IEnumerable<Row> RowsAfterHeader(IEnumerator<List<string>> records, List<string> header)
    {
        using (records)
        {
            for (var number = 2; records.MoveNext(); number++)
            {
                var fields = records.Current;
                if (fields.Any(f => f.Trim().Length > 0))
                {
                    yield return new Row(number, header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : ""))
                        .DistinctBy(c => c.name)
                        .ToDictionary(c => c.name, c => c.value, StringComparer.OrdinalIgnoreCase));
                }
            }
        }
    }

    /// <summary>A cell as written for spreadsheets: quoted when needed, and a leading =, +, - or @ neutralised (CSV injection).</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));

    private static IEnumerable<List<string>> Records(TextReader text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int next;
        while ((next = text.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"' && text.Peek() == '"')
                {
                    field.Append('"');
                    text.Read();
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && text.Peek() == '\n')
                {
                    text.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
