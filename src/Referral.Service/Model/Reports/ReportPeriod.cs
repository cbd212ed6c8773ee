using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Model.Reports;

/// <summary>The days a report covers, both included.</summary>
/// <param name="From">The first day (ISO date).</param>
/// <param name="To">The last day (ISO date).</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The school year (1 September to 31 August, <see cref="EnglandSchoolYear"/>) that <paramref name="day"/> falls in.</summary>
    public static ReportPeriod SchoolYearOf(DateOnly day)
    {
        var autumnYear = EnglandSchoolYear.SchoolYearOf(day);
        return new ReportPeriod(new DateOnly(autumnYear, 9, 1), new DateOnly(autumnYear + 1, 8, 31));
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;
}
