using System.Globalization;
using System.Text;
using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Reports;

/// <summary>
/// The trust's report on its schools' use of alternative provision (trust policy §10.1–§10.3) for a school year the
/// reader chooses, and the same as CSV; the referral service decides who may read it (the trust's AP lead and executives).
/// </summary>
public sealed class IndexModel(ReferralApi referrals, TimeProvider clock) : PageModel
{
    /// <summary>How many school years back the form offers, this one included.</summary>
    public const int YearsOffered = 5;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public TrustReport Report { get; private set; } = null!;

    /// <summary>The autumn year of the school year shown.</summary>
    public int Year { get; private set; }

    /// <summary>The school years offered, this one first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Choose(year);
        Report = await referrals.TrustReportAsync(From, To, cancellationToken);
    }

    /// <summary>The CSV the referral service writes, downloaded through this application with the person's own token.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int? year, CancellationToken cancellationToken)
    {
        Choose(year);
        var csv = await referrals.TrustReportCsvAsync(From, To, cancellationToken);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"trust-ap-report-{Year}-{Year + 1}.csv");
    }

    public static string YearName(int year) => $"{year} to {year + 1}";

    public static string Money(decimal pounds) => pounds.ToString("C", English);

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    public static string Percent(decimal? percent) => percent is { } value ? $"{value.ToString("0.0", English)}%" : "No sessions";

    private DateOnly From => new(Year, 9, 1);

    private DateOnly To => new(Year + 1, 8, 31);

    /// <summary>A school year runs September to August; one not offered falls back to this one.</summary>
    private void Choose(int? year)
    {
        var today = clock.TodayInEngland();
        var current = today.Month >= 9 ? today.Year : today.Year - 1;
        Years = [.. Enumerable.Range(0, YearsOffered).Select(back => current - back)];
        Year = year is { } chosen && Years.Contains(chosen) ? chosen : current;
    }
}
