using APPlatform.Referrals.Model.Attendance;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Model.Reports;

/// <summary>A placement as the report counts it, with its referral's agreed budget and the provider's registration.</summary>
public sealed record ReportedPlacement(Placement Placement, decimal? Budget, string ProviderName, bool ProviderIsRegistered);

/// <summary>Sessions at alternative provision over the period, from the schools' weekly figures.</summary>
/// <param name="SessionsPossible">Sessions timetabled at providers.</param>
/// <param name="Attended">Sessions attended.</param>
/// <param name="AuthorisedAbsence">Sessions missed with leave.</param>
/// <param name="UnauthorisedAbsence">Sessions missed without leave.</param>
/// <param name="Unexplained">Absences still unexplained (coded N) when the week's figures were sent.</param>
public sealed record AttendanceFigures(int SessionsPossible, int Attended, int AuthorisedAbsence, int UnauthorisedAbsence, int Unexplained)
{
    /// <summary>Sessions attended as a percentage of those possible, to one place; null with no sessions.</summary>
    public decimal? Percent => SessionsPossible == 0 ? null : Math.Round(100m * Attended / SessionsPossible, 1);

    public static AttendanceFigures Of(IEnumerable<SchoolWeekAttendance> weeks)
    {
        var all = weeks.ToList();
        return new(all.Sum(w => w.SessionsPossible), all.Sum(w => w.Attended), all.Sum(w => w.AuthorisedAbsence), all.Sum(w => w.UnauthorisedAbsence),
            all.Sum(w => w.Unexplained));
    }
}

/// <summary>
/// One school's use of alternative provision over the period (or the trust's, summed): pupils in AP (each once), at
/// registered and unregistered providers, placements started and ended (and how many of those returned the pupil to
/// school), cost to date against the agreed budgets, and attendance.
/// </summary>
/// <param name="SchoolId">The school; absent on the trust's total.</param>
/// <param name="PupilsInAp">Pupils with a placement that ran in the period, each once.</param>
/// <param name="AtRegisteredProviders">Of them, pupils placed with a registered school (a pupil at both kinds counts in each).</param>
/// <param name="AtUnregisteredProviders">Of them, pupils placed with a provider that is not a registered school.</param>
/// <param name="PlacementsStarted">Placements whose first day fell in the period.</param>
/// <param name="PlacementsEnded">Placements whose last day fell in the period.</param>
/// <param name="Reintegrated">Of those ended, the placements that returned the pupil to school.</param>
/// <param name="CostToDate">What the placements that ran in the period have cost so far, in pounds (<see cref="TrustReport.CostToDate"/>).</param>
/// <param name="Budget">The budgets agreed for those placements on their referrals, in pounds.</param>
/// <param name="PlacementsWithoutBudget">Those placements whose referral agreed no budget.</param>
/// <param name="Attendance">Sessions at AP in the period's weeks.</param>
public sealed record SchoolFigures(
    Guid? SchoolId, int PupilsInAp, int AtRegisteredProviders, int AtUnregisteredProviders, int PlacementsStarted, int PlacementsEnded, int Reintegrated,
    decimal CostToDate, decimal Budget, int PlacementsWithoutBudget, AttendanceFigures Attendance);

/// <summary>A provider's share of the trust's pupils in AP over the period.</summary>
/// <param name="ProviderId">The provider in the directory.</param>
/// <param name="Name">Its name, as the directory last gave it.</param>
/// <param name="IsRegistered">Whether it is a registered school (a provider the directory has not told of counts as not).</param>
/// <param name="PupilsInAp">The trust's pupils placed with it in the period, each once.</param>
/// <param name="PlacementsStarted">Placements with it whose first day fell in the period.</param>
/// <param name="PlacementsEnded">Placements with it whose last day fell in the period.</param>
public sealed record ProviderFigures(Guid ProviderId, string Name, bool IsRegistered, int PupilsInAp, int PlacementsStarted, int PlacementsEnded);

/// <summary>Pupils in AP by how they are registered while there.</summary>
/// <param name="RegistrationMode">How the pupils are registered.</param>
/// <param name="PupilsInAp">Pupils so registered on a placement that ran in the period, each once.</param>
public sealed record RegistrationModeFigures(RegistrationMode RegistrationMode, int PupilsInAp);

/// <summary>Placements that ended in the period for one reason.</summary>
/// <param name="Reason">Why they ended.</param>
/// <param name="Placements">How many ended so.</param>
public sealed record EndReasonFigures(PlacementEndReason Reason, int Placements);

/// <summary>Where pupils went after placements that ended in the period.</summary>
/// <param name="Destination">Where they went.</param>
/// <param name="Pupils">How many placements ended with the pupil going there.</param>
public sealed record DestinationFigures(Destination Destination, int Pupils);

/// <summary>Reviews held in the period of one kind; for formal reviews, how many found improvement (policy §12).</summary>
/// <param name="Kind">The kind of review.</param>
/// <param name="Held">How many were held.</param>
/// <param name="Improved">How many found progress improved.</param>
/// <param name="NotImproved">How many found it had not.</param>
public sealed record ReviewFigures(ReviewKind Kind, int Held, int Improved, int NotImproved);

/// <summary>How placements ended and what their reviews found, from what the placements record (never what was said).</summary>
/// <param name="EndedBy">Placements ended in the period, by reason.</param>
/// <param name="Destinations">Where their pupils went.</param>
/// <param name="Reviews">Reviews held in the period, by kind.</param>
public sealed record OutcomeFigures(IReadOnlyList<EndReasonFigures> EndedBy, IReadOnlyList<DestinationFigures> Destinations, IReadOnlyList<ReviewFigures> Reviews);

/// <summary>
/// A trust's use of alternative provision over a period, for its AP lead and executive (trust policy §10.1–§10.3:
/// trustees monitor the number of pupils in AP, the executive holds headteachers to account, headteachers report to the
/// trust and manage the budgets it approved). Counts and money only: no pupil is named.
/// </summary>
/// <param name="TrustId">The trust.</param>
/// <param name="Period">The days the report covers.</param>
/// <param name="CostsTo">The day cost to date is counted to: the period's end, or today if that is earlier.</param>
/// <param name="Schools">Each of the trust's schools, most pupils in AP first.</param>
/// <param name="Total">The trust's schools together.</param>
/// <param name="Providers">The providers the trust's pupils were placed with, most pupils first.</param>
/// <param name="ByRegistrationMode">Pupils in AP by how they are registered while there.</param>
/// <param name="Outcomes">How placements ended and what reviews found.</param>
public sealed record TrustReport(
    Guid TrustId, ReportPeriod Period, DateOnly CostsTo, IReadOnlyList<SchoolFigures> Schools, SchoolFigures Total, IReadOnlyList<ProviderFigures> Providers,
    IReadOnlyList<RegistrationModeFigures> ByRegistrationMode, OutcomeFigures Outcomes)
{
    /// <summary>
    /// The report from the trust's placements, the schools it knows of (shown even with none in AP) and their weekly
    /// attendance. A placement counts when it ran in the period: started (not cancelled before it began) on or before
    /// its end and not ended before its start.
    /// </summary>
    public static TrustReport Of(
        Guid trustId, ReportPeriod period, DateOnly today, IEnumerable<Guid> schoolIds, IEnumerable<ReportedPlacement> placements,
        IEnumerable<SchoolWeekAttendance> attendance)
    {
        var costsTo = today < period.To ? today : period.To;
        var ran = placements.Where(p => p.Placement.RanBetween(period.From, period.To)).ToList();
        var weeks = attendance.Where(w => period.Contains(w.WeekStarting)).ToList();
        var schools = schoolIds.Concat(ran.Select(p => p.Placement.SchoolId)).Concat(weeks.Select(w => w.SchoolId)).Distinct()
            .Select(school => Figures(school, ran.Where(p => p.Placement.SchoolId == school), weeks.Where(w => w.SchoolId == school), period, costsTo))
            .OrderByDescending(s => s.PupilsInAp).ThenBy(s => s.SchoolId).ToList();
        var providers = ran.GroupBy(p => p.Placement.ProviderId)
            .Select(g => new ProviderFigures(g.Key, g.First().ProviderName, g.First().ProviderIsRegistered, Pupils(g), g.Count(p => StartedIn(p, period)),
                g.Count(p => EndedIn(p, period))))
            .OrderByDescending(p => p.PupilsInAp).ThenBy(p => p.Name).ToList();
        var byMode = ran.GroupBy(p => p.Placement.RegistrationMode).Select(g => new RegistrationModeFigures(g.Key, Pupils(g)))
            .OrderBy(m => m.RegistrationMode).ToList();
        return new TrustReport(trustId, period, costsTo, schools, Figures(null, ran, weeks, period, costsTo), providers, byMode, OutcomesOf(ran, period));
    }

    /// <summary>
    /// What a placement has cost up to <paramref name="costsTo"/> (or its end, if earlier): its weekly price for each
    /// school week it ran, counted as school days over five in England's school year, so holidays are not charged.
    /// Reports that the trust approves budgets against (policy §10.3); a placement without a weekly price costs nothing here.
    /// </summary>
    public static decimal CostToDate(Placement placement, DateOnly costsTo)
    {
        var last = placement.EndedOn is { } ended && ended < costsTo ? ended : costsTo;
        if (placement.CostPerWeek is not { } weekly || last < placement.StartDate)
        {
            return 0;
        }

        // England's typical year (no school's own calendar); SchoolDaysBetween counts strictly between its bounds.
        var schoolDays = new SchoolDays(own: null).SchoolDaysBetween(placement.StartDate.AddDays(-1), last.AddDays(1));
        return Math.Round(weekly * schoolDays / 5, 2);
    }

    private static bool StartedIn(ReportedPlacement p, ReportPeriod period) => period.Contains(p.Placement.StartDate);

    private static bool EndedIn(ReportedPlacement p, ReportPeriod period) => p.Placement.EndedOn is { } ended && period.Contains(ended);

    private static int Pupils(IEnumerable<ReportedPlacement> placements) => placements.Select(p => p.Placement.PupilId).Distinct().Count();

    private static SchoolFigures Figures(
        Guid? schoolId, IEnumerable<ReportedPlacement> placements, IEnumerable<SchoolWeekAttendance> weeks, ReportPeriod period, DateOnly costsTo)
    {
        var all = placements.ToList();
        return new SchoolFigures(
            schoolId, Pupils(all), Pupils(all.Where(p => p.ProviderIsRegistered)), Pupils(all.Where(p => !p.ProviderIsRegistered)),
            all.Count(p => StartedIn(p, period)), all.Count(p => EndedIn(p, period)),
            all.Count(p => EndedIn(p, period) && p.Placement.EndReason == PlacementEndReason.Reintegrated),
            all.Sum(p => CostToDate(p.Placement, costsTo)), all.Sum(p => p.Budget ?? 0), all.Count(p => p.Budget is null), AttendanceFigures.Of(weeks));
    }

    private static OutcomeFigures OutcomesOf(List<ReportedPlacement> ran, ReportPeriod period)
    {
        var ended = ran.Where(p => EndedIn(p, period)).Select(p => p.Placement).ToList();
        var reviews = ran.SelectMany(p => p.Placement.Reviews).Where(r => period.Contains(r.HeldOn)).ToList();
        return new OutcomeFigures(
            [.. ended.GroupBy(p => p.EndReason!.Value).OrderBy(g => g.Key).Select(g => new EndReasonFigures(g.Key, g.Count()))],
            [.. ended.Where(p => p.Destination is not null).GroupBy(p => p.Destination!.Value).OrderBy(g => g.Key)
                .Select(g => new DestinationFigures(g.Key, g.Count()))],
            [.. reviews.GroupBy(r => r.Kind).OrderBy(g => g.Key)
                .Select(g => new ReviewFigures(g.Key, g.Count(), g.Count(r => r.Improved == true), g.Count(r => r.Improved == false)))]);
    }
}
