using System.Globalization;
using System.Text;
using APPlatform.Referrals.Model.Reports;
using APPlatform.ServiceDefaults.Csv;

namespace APPlatform.Referrals.Reports;

/// <summary>
/// A trust's report as CSV for its spreadsheets and trustees' papers: one row per school and a last row for the trust,
/// each saying the period it covers. Counts and money only, as on screen: no pupil is named or described.
/// </summary>
public static class TrustReportExport
{
    public static readonly string[] Columns =
    [
        "PeriodFrom", "PeriodTo", "School", "PupilsInAp", "AtRegisteredProviders", "AtUnregisteredProviders", "PlacementsStarted", "PlacementsEnded",
        "Reintegrated", "CostToDate", "Budget", "PlacementsWithoutBudget", "SessionsPossible", "SessionsAttended", "AuthorisedAbsence",
        "UnauthorisedAbsence", "AttendancePercent",
    ];

    /// <summary>What the trust's own row gives in the School column.</summary>
    public const string TrustRow = "Trust total";

    public static string ToCsv(TrustReport report)
    {
        var csv = new StringBuilder().Append(CsvTable.Line(Columns)).Append("\r\n");
        foreach (var school in report.Schools.Append(report.Total))
        {
            var attendance = school.Attendance;
            csv.Append(CsvTable.Line(
            [
                Date(report.Period.From), Date(report.Period.To), school.SchoolId?.ToString() ?? TrustRow, Number(school.PupilsInAp),
                Number(school.AtRegisteredProviders), Number(school.AtUnregisteredProviders), Number(school.PlacementsStarted), Number(school.PlacementsEnded),
                Number(school.Reintegrated), Money(school.CostToDate), Money(school.Budget), Number(school.PlacementsWithoutBudget),
                Number(attendance.SessionsPossible), Number(attendance.Attended), Number(attendance.AuthorisedAbsence), Number(attendance.UnauthorisedAbsence),
                attendance.Percent?.ToString("0.0", CultureInfo.InvariantCulture),
            ])).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal pounds) => pounds.ToString("0.00", CultureInfo.InvariantCulture);
}
