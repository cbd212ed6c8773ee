using System.Text;
using APPlatform.ProviderDirectory.Csv;
using APPlatform.ProviderDirectory.Model.Gias;
using APPlatform.ServiceDefaults.Csv;

namespace APPlatform.ProviderDirectory.Gias;

/// <summary>
/// DfE's Get Information about Schools establishment extract (edubasealldataYYYYMMDD.csv, or a search's download with
/// the same columns), read into its establishments by URN. Only the columns the check needs are kept, so the full
/// daily file (every establishment in England, over a hundred columns) is read a row at a time.
/// </summary>
public sealed class GiasExtract
{
    public const string Urn = "URN";
    public const string Name = "EstablishmentName";
    public const string Type = "TypeOfEstablishment (name)";
    public const string Status = "EstablishmentStatus (name)";
    public const string Ukprn = "UKPRN";
    public const string Postcode = "Postcode";
    public const string LocalAuthorityName = "LA (name)";

    public static readonly string[] RequiredColumns = [Urn, Name, Type, Status, Ukprn];

    private readonly Dictionary<string, GiasEstablishment> byUrn;

    static GiasExtract() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private GiasExtract(Dictionary<string, GiasEstablishment> establishments) => byUrn = establishments;

    /// <summary>GIAS writes its extract in Windows-1252; a file saved again with a byte-order mark is read as that says.</summary>
    public static Encoding Encoding => Encoding.GetEncoding(1252);

    public int Count => byUrn.Count;

    public GiasEstablishment? Find(string? urn) => urn is null ? null : byUrn.GetValueOrDefault(urn.Trim());

    /// <summary>
    /// The extract's establishments, or what makes it unusable: a required column missing, or no establishment at all
    /// (checked against an empty file, every provider would seem to have left GIAS).
    /// </summary>
    public static (GiasExtract? Extract, string? Problem) Read(TextReader text)
    {
        var (header, rows) = CsvTable.Stream(text);
        var missing = RequiredColumns.Where(column => !header.Contains(column.ToLowerInvariant())).ToList();
        if (missing.Count > 0)
        {
            return (null, $"The GIAS extract has no {string.Join(", ", missing.Select(c => $"\"{c}\""))} column{(missing.Count > 1 ? "s" : "")}: " +
                $"download it from GIAS with at least {string.Join(", ", RequiredColumns)}.");
        }

        var establishments = new Dictionary<string, GiasEstablishment>();
        foreach (var row in rows)
        {
            if (row[Urn] is { } urn)
            {
                establishments[urn] = new GiasEstablishment(
                    urn, row[Name] ?? "", row[Type] ?? "", row[Status] ?? "", row[Ukprn], row[Postcode], row[LocalAuthorityName]);
            }
        }

        return establishments.Count == 0 ? (null, "The GIAS extract lists no establishment.") : (new GiasExtract(establishments), null);
    }
}
