using System.Text;
using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Summaries;

/// <summary>
/// A week of a school's AP sessions as CSV its MIS can import: UPN, date, session and the register code (B, K or D
/// when attended, the confirmed absence code, or N while the reason is not yet known).
/// </summary>
public static class RegisterExport
{
    public const string Header = "UPN,Date,Session,Code";

    public static string ToCsv(IEnumerable<SessionMark> marks, IReadOnlyDictionary<Guid, string> upns)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var mark in marks.OrderBy(m => upns.GetValueOrDefault(m.PupilId)).ThenBy(m => m.Date).ThenBy(m => m.Session))
        {
            csv.Append(upns.GetValueOrDefault(mark.PupilId, "")).Append(',')
                .Append(mark.Date.ToString("yyyy-MM-dd")).Append(',')
                .Append(mark.Session).Append(',')
                .Append(mark.Code).Append("\r\n");
        }

        return csv.ToString();
    }
}
