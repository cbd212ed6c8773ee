using System.Globalization;
using System.Text;
using APPlatform.Referrals.Model.Census;
using APPlatform.ServiceDefaults.Csv;

namespace APPlatform.Referrals.Census;

/// <summary>
/// A school's AP placements for a census day as CSV its MIS can take into the school census: one row per placement,
/// the module's fields in its order, cells made safe for spreadsheets.
/// </summary>
public static class SchoolCensusExport
{
    public static readonly string[] Columns =
    [
        "UPN", "Surname", "Forename", "URN", "UKPRN", "SettingType", "EntryDate", "LeavingDate", "Reason", "AttendancePattern", "SessionsPerWeek",
    ];

    public static string ToCsv(IEnumerable<ApPlacementCensusRow> rows)
    {
        var csv = new StringBuilder().Append(CsvTable.Line(Columns)).Append("\r\n");
        foreach (var row in rows.OrderBy(r => r.Surname).ThenBy(r => r.Forename).ThenBy(r => r.EntryDate))
        {
            csv.Append(CsvTable.Line(
            [
                row.Upn, row.Surname, row.Forename, row.Urn, row.Ukprn, row.SettingType, Date(row.EntryDate),
                row.LeavingDate is { } left ? Date(left) : null, row.Reason, row.AttendancePattern,
                row.SessionsPerWeek.ToString(CultureInfo.InvariantCulture),
            ])).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
