using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Absences;

/// <summary>
/// The school's attendance lead and AP lead: today's absences at providers, and every follow-up case still open with
/// its deadline. For a local authority, the cases escalated to it.
/// </summary>
public sealed class IndexModel(AttendanceApi attendance, PupilNames pupilNames, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    public bool ForLocalAuthority { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public List<CaseRow> TodaysAbsences { get; private set; } = [];

    public List<CaseRow> OpenCases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.TodayInEngland();
        Now = clock.GetUtcNow();
        var today = attendance.CasesAsync(null, Today, cancellationToken);
        // A local authority sees only the cases escalated to it: those are its open ones.
        ForLocalAuthority = Caller.FromPrincipal(User)?.OrganisationType == OrganisationType.LocalAuthority;
        var unexplained = attendance.CasesAsync(ForLocalAuthority ? CaseStatus.Escalated : CaseStatus.Unexplained, null, cancellationToken);
        var contacted = ForLocalAuthority
            ? Task.FromResult(new List<AbsenceCase>())
            : attendance.CasesAsync(CaseStatus.Contacted, null, cancellationToken);
        var names = await pupilNames.ByPlacementAsync(cancellationToken);
        TodaysAbsences = (await today).Select(c => new CaseRow(c, names(c.PlacementId, c.PupilId)))
            .OrderBy(row => row.Case.Session).ThenBy(row => row.PupilName).ToList();
        OpenCases = (await unexplained).Concat(await contacted).Select(c => new CaseRow(c, names(c.PlacementId, c.PupilId)))
            .OrderBy(row => row.Case.FollowUpBy).ToList();
    }
}

public sealed record CaseRow(AbsenceCase Case, string PupilName);
