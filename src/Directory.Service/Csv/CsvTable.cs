using System.Text;

namespace APPlatform.ProviderDirectory.Csv;

/// <summary>
/// Comma-separated values as RFC 4180 writes them: quoted fields may hold commas, quotes ("") and line breaks. Reading
/// gives the header row's names (case-insensitive) and each data row with its row number as a spreadsheet shows it
/// (the header is row 1; a cell's line breaks do not start a new row), for error reports.
/// </summary>
public static class CsvTable
{
    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Values)
    {
        public string? this[string column] => Values.TryGetValue(column, out var value) && value.Trim().Length > 0 ? value.Trim() : null;
    }

    public static (IReadOnlyList<string> Header, IReadOnlyList<Row> Rows) Read(string text)
    {
        var records = Records(text).ToList();
        if (records.Count == 0)
        {
            return ([], []);
        }

        var header = records[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var rows = records.Select((fields, index) => (fields, number: index + 1)).Skip(1)
            .Where(r => r.fields.Any(f => f.Trim().Length > 0))
            .Select(r => new Row(r.number, header.Select((name, i) => (name, value: i < r.fields.Count ? r.fields[i] : ""))
                .DistinctBy(c => c.name)
                .ToDictionary(c => c.name, c => c.value, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        return (header, rows);
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

    private static IEnumerable<List<string>> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
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
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
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
