using System.Net;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>
/// The provider writes the termly report the school asked for, in the signed-in person's name; once submitted it is the
/// school's to read on the placement page.
/// </summary>
public sealed class ReportModel(ReferralApi referrals) : PageModel
{
    public PlacementRecord Placement { get; private set; } = null!;

    public ProviderReport Report { get; private set; } = null!;

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? Behaviour { get; set; }

    [BindProperty]
    public string? Welfare { get; set; }

    [BindProperty]
    public string? Attendance { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reportId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, reportId, cancellationToken))
        {
            return NotFound();
        }

        return Report.Status == "requested" ? Page() : RedirectToPage("Placement", new { id });
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid reportId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, reportId, cancellationToken))
        {
            return NotFound();
        }

        Require(Progress, nameof(Progress), "Enter the pupil's progress against the plan");
        Require(Behaviour, nameof(Behaviour), "Enter how the pupil has behaved");
        Require(Welfare, nameof(Welfare), "Enter how the pupil's welfare and wellbeing have been");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var author = Caller.FromPrincipal(User)?.Person?.Name ?? "";
        try
        {
            await referrals.SubmitReportAsync(id, reportId,
                new ReportInput(Progress!.Trim(), Behaviour!.Trim(), Welfare!.Trim(), string.IsNullOrWhiteSpace(Attendance) ? null : Attendance.Trim(), author),
                cancellationToken);
        }
        catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem() || refusal.Status == HttpStatusCode.Conflict)
        {
            ModelState.AddRefusal(refusal, path => path.ToLowerInvariant() switch
            {
                "progress" => nameof(Progress), "behaviour" => nameof(Behaviour), "welfare" => nameof(Welfare), "attendance" => nameof(Attendance), _ => null,
            });
            return Page();
        }

        TempData["Done"] = $"{Report.Term} report sent to the school";
        return RedirectToPage("Placement", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid reportId, CancellationToken cancellationToken)
    {
        var placement = referrals.PlacementAsync(id, cancellationToken);
        var reports = referrals.ReportsAsync(id, cancellationToken);
        Placement = await placement;
        if ((await reports).SingleOrDefault(r => r.Id == reportId) is not { } report)
        {
            return false;
        }

        Report = report;
        return true;
    }

    private void Require(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(field, message);
        }
    }
}
