using System.Globalization;
using System.Net;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>
/// The provider reports a serious incident on a placement to the pupil's school, in the signed-in person's name: when
/// it happened (England's time), what kind, what happened and what the provider did.
/// </summary>
public sealed class IncidentModel(ReferralApi referrals, TimeProvider clock) : PageModel
{
    /// <summary>The categories the referral service accepts, in its words.</summary>
    public static readonly IReadOnlyList<string> Categories = ["behaviour", "injury", "safeguarding", "missing_from_education", "other"];

    public PlacementRecord Placement { get; private set; } = null!;

    /// <summary>One per form drawn: a resubmission (a double click, a refresh) reports the incident once.</summary>
    [BindProperty]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? ActionTaken { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Placement = await referrals.PlacementAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Placement = await referrals.PlacementAsync(id, cancellationToken);
        var occurredAt = OccurredAt();
        if (Category is null || !Categories.Contains(Category))
        {
            ModelState.AddModelError(nameof(Category), "Select what kind of incident it was");
        }

        if ((Summary?.Trim().Length ?? 0) < 10)
        {
            ModelState.AddModelError(nameof(Summary), "Enter what happened, in at least 10 characters");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var author = Caller.FromPrincipal(User)?.Person?.Name ?? "";
        try
        {
            await referrals.ReportIncidentAsync(id,
                new IncidentInput(occurredAt!.Value, Category!, Summary!.Trim(), string.IsNullOrWhiteSpace(ActionTaken) ? null : ActionTaken.Trim(), author),
                IdempotencyKey, cancellationToken);
        }
        catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem() || refusal.Status == HttpStatusCode.Conflict)
        {
            ModelState.AddRefusal(refusal, path => path.ToLowerInvariant() switch
            {
                "occurredat" => nameof(Day), "category" => nameof(Category), "summary" => nameof(Summary), "actiontaken" => nameof(ActionTaken), _ => null,
            });
            // The service keeps the key with the body it refused: a corrected report is a new request.
            IdempotencyKey = Guid.NewGuid().ToString();
            return Page();
        }

        TempData["Done"] = "Incident reported to the school";
        return RedirectToPage("Placement", new { id });
    }

    /// <summary>The date and time as England's clock read them, or an error against the field that is wrong.</summary>
    private DateTimeOffset? OccurredAt()
    {
        if (!int.TryParse(Day, out var day) || !int.TryParse(Month, out var month) || !int.TryParse(Year, out var year)
            || year < 2000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            ModelState.AddModelError(nameof(Day), "Enter the date it happened, for example 27 3 2027");
            return null;
        }

        if (!TimeOnly.TryParseExact(Time?.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            ModelState.AddModelError(nameof(Time), "Enter the time it happened on the 24-hour clock, for example 14:30");
            return null;
        }

        var at = EnglandClock.InEngland(new DateOnly(year, month, day), time);
        if (at > clock.GetUtcNow())
        {
            ModelState.AddModelError(nameof(Day), "The date and time it happened must be in the past");
            return null;
        }

        return at;
    }
}
