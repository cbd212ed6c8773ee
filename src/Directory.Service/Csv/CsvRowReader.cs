using System.Globalization;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Csv;

namespace APPlatform.ProviderDirectory.Csv;

/// <summary>Reads typed values out of one CSV row, collecting a message per column that does not parse.</summary>
internal sealed class CsvRowReader(CsvTable.Row row)
{
    public Dictionary<string, List<string>> Errors { get; } = [];

    public string? Text(string column) => row[column];

    public bool Flag(string column) => Enum(column, out YesNoValue value) && value == YesNoValue.Yes;

    public int? Number(string column) => Parse<int>(column, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, "a whole number");

    public double? Decimal(string column) => Parse<double>(column, text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null, "a number");

    public DateOnly? Date(string column) =>
        Parse<DateOnly>(column, text => DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            "a date (2024-03-31 or 31/03/2024)");

    public T? Enum<T>(string column) where T : struct, System.Enum => Enum(column, out T value) ? value : null;

    public List<T> List<T>(string column) where T : struct, System.Enum
    {
        var values = new List<T>();
        foreach (var item in (row[column] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EnumNames.TryParse<T>(item, out var value))
            {
                values.Add(value);
            }
            else
            {
                Fail(column, EnumNames.NotOneOf<T>(item));
            }
        }

        return values;
    }

    public void Fail(string column, string message) => (Errors.TryGetValue(column, out var list) ? list : Errors[column] = []).Add(message);

    private bool Enum<T>(string column, out T value) where T : struct, System.Enum
    {
        value = default;
        if (row[column] is not { } text)
        {
            return false;
        }

        if (EnumNames.TryParse(text.Replace("n/a", "not_applicable", StringComparison.OrdinalIgnoreCase).Replace(' ', '_'), out value))
        {
            return true;
        }

        Fail(column, EnumNames.NotOneOf<T>(text));
        return false;
    }

    private T? Parse<T>(string column, Func<string, T?> parse, string expected) where T : struct
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Fail(column, $"'{text}' is not {expected}.");
        }

        return value;
    }

    private enum YesNoValue
    {
        Yes,
        No,
    }
}
