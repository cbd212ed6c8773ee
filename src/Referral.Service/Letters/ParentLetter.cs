using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Letters;

/// <summary>
/// The written notification to parents as a letter they can read and print: every item of trust policy §9 (purpose and
/// reason, dates, start and end times, time each day, address, the person responsible at the provision, the school's
/// pastoral contact), and for an off-site direction the statutory wording. Print styles make the print view the PDF.
/// </summary>
public static class ParentLetter
{
    private static readonly CultureInfo english = CultureInfo.GetCultureInfo("en-GB");

    public static string Render(ParentNotice notice, Pupil pupil, string providerName)
    {
        var html = new StringBuilder();
        void Line(string text) => html.AppendLine(text);
        string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");
        string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", english);

        Line("<!DOCTYPE html>");
        Line("<html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        Line($"<title>{E(notice.IsOffSiteDirection ? "Notice of off-site direction" : "Alternative provision")}: {E(pupil.FullName)}</title>");
        Line("<style>body{font-family:Arial,Helvetica,sans-serif;font-size:12pt;line-height:1.5;max-width:42em;margin:2em auto;color:#111}" +
             "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}" +
             "th{width:38%;background:#f2f2f2}.print{margin:1em 0}@media print{.print{display:none}body{margin:0}}</style>");
        Line("</head><body>");
        Line("<p class=\"print\"><button onclick=\"window.print()\">Print or save as PDF</button></p>");
        Line($"<p><strong>{E(notice.SchoolName)}</strong><br>{E(notice.IssuedOn.ToString("d MMMM yyyy", english))}</p>");
        Line($"<p>To {E(notice.Recipients.Count > 0 ? string.Join(" and ", notice.Recipients) : $"the parents and carers of {pupil.FullName}")}</p>");
        Line(notice.IsOffSiteDirection
            ? $"<h1>Notice that {E(pupil.FullName)} is directed to attend education off site</h1>"
            : $"<h1>{E(pupil.FullName)}'s alternative provision</h1>");
        Line($"<p>We are writing to confirm the plan for {E(pupil.FirstName)} to attend {E(providerName)}.</p>");
        Line($"<h2>Why</h2><p>{E(notice.Purpose)}</p><p>{E(notice.Reason)}</p>");
        Line("<h2>The arrangements</h2><table>");
        Line($"<tr><th>Dates</th><td>From {E(Day(notice.StartDate))}{(notice.EndDate is { } end ? $" to {E(Day(end))}" : ", until it is reviewed")}</td></tr>");
        Line($"<tr><th>Days and times</th><td>{string.Join("<br>", notice.Timetable.OrderBy(s => (((int)s.Day) + 6) % 7).ThenBy(s => s.Starts).Select(s =>
            $"{E(english.DateTimeFormat.GetDayName(s.Day))}: {s.Starts.ToString("HH:mm", english)} to {s.Ends.ToString("HH:mm", english)} ({E(Duration(s.Hours))})"))}</td></tr>");
        Line($"<tr><th>Time each week</th><td>{E(Duration(notice.Timetable.Sum(s => s.Hours)))}</td></tr>");
        Line($"<tr><th>Address to attend</th><td>{E(notice.Address)}</td></tr>");
        Line($"<tr><th>Person responsible at {E(providerName)}</th><td>{E(Contact(notice.PersonResponsible))}</td></tr>");
        Line($"<tr><th>Your child's pastoral contact at school</th><td>{E(Contact(notice.PastoralContact))}</td></tr>");
        Line("</table>");
        Line($"<p>{E(pupil.FirstName)} must attend every session. Absence is treated as absence from school, and the provider tells us of every absence on the day.</p>");
        if (notice.IsOffSiteDirection)
        {
            Line("<p>This direction is made under section 29A of the Education Act 2002. You may ask the governing board to review it; " +
                 "a review must be held if you ask, unless one has been held in the previous ten weeks.</p>");
        }

        Line($"<p>If you have any questions or concerns, please contact {E(notice.PastoralContact.Name)}.</p>");
        Line($"<p>Yours sincerely,</p><p>{E(notice.IssuedBy)}<br>{E(notice.SchoolName)}</p>");
        Line("</body></html>");
        return html.ToString();
    }

    private static string Contact(StaffMember person) =>
        string.Join(", ", new[] { person.Name, person.Role, person.Phone, person.Email }.Where(part => !string.IsNullOrWhiteSpace(part)));

    private static string Duration(decimal hours)
    {
        var minutes = (int)Math.Round(hours * 60);
        return minutes % 60 == 0 ? $"{minutes / 60} hours" : $"{minutes / 60} hours {minutes % 60} minutes";
    }
}
