using APPlatform.Referrals.Model.Attendance;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Reports;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>The trust's report of its schools' use of AP (trust policy §10.1–§10.3), from placements built in memory.</summary>
public sealed class TrustReportTests
{
    private static readonly Guid Trust = Guid.NewGuid();
    private static readonly Guid Dales = Guid.NewGuid();
    private static readonly Guid Fells = Guid.NewGuid();
    private static readonly ReportPeriod SchoolYear = ReportPeriod.SchoolYearOf(new DateOnly(2027, 1, 4));
    private static readonly DateOnly SpringStarts = new(2027, 1, 4);

    [Fact]
    public void TheDefaultPeriodIsTheSchoolYearTheDayFallsIn()
    {
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31)), ReportPeriod.SchoolYearOf(new DateOnly(2026, 9, 1)));
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31)), ReportPeriod.SchoolYearOf(new DateOnly(2027, 8, 31)));
        Assert.Equal(new DateOnly(2025, 9, 1), ReportPeriod.SchoolYearOf(new DateOnly(2026, 8, 31)).From);
    }

    [Fact]
    public void CostToDateIsTheWeeklyPriceForEachSchoolWeekRunSoHalfTermIsNotCharged()
    {
        var placement = Running(Dales, SpringStarts, costPerWeek: 300);

        Assert.Equal(1200m, TrustReport.CostToDate(placement, new DateOnly(2027, 1, 29)));
        // Eight weeks from 4 January to 26 February, one of them the February half-term.
        Assert.Equal(2100m, TrustReport.CostToDate(placement, new DateOnly(2027, 2, 26)));
        Assert.Equal(0m, TrustReport.CostToDate(placement, new DateOnly(2027, 1, 1)));
        Assert.Equal(0m, TrustReport.CostToDate(Running(Dales, SpringStarts, costPerWeek: null), new DateOnly(2027, 1, 29)));
    }

    [Fact]
    public void AnEndedPlacementCostsOnlyTheDaysItRan()
    {
        var placement = Ended(Running(Dales, SpringStarts, costPerWeek: 250), new DateOnly(2027, 1, 15), PlacementEndReason.ProviderChange);

        Assert.Equal(500m, TrustReport.CostToDate(placement, new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void PupilsAreCountedOncePerSchoolProviderAndRegistrationAndTheTrustTotalsThem()
    {
        var registered = (Id: Guid.NewGuid(), Name: "Dales Learning Centre");
        var unregistered = (Id: Guid.NewGuid(), Name: "Fell Farm Skills");
        var pupil = Guid.NewGuid();
        var placements = new[]
        {
            At(Running(Dales, SpringStarts, 300, provider: registered.Id, pupil: pupil, mode: RegistrationMode.Dual), registered, budget: 6000),
            At(Running(Dales, SpringStarts.AddDays(7), 200, provider: unregistered.Id, pupil: pupil), unregistered, budget: null),
            At(Running(Fells, SpringStarts, 300, provider: registered.Id, mode: RegistrationMode.Dual), registered, budget: 3000),
        };

        var report = TrustReport.Of(Trust, SchoolYear, new DateOnly(2027, 1, 29), [Dales, Fells], placements, []);

        var dales = report.Schools.Single(s => s.SchoolId == Dales);
        Assert.Equal((1, 1, 1, 2), (dales.PupilsInAp, dales.AtRegisteredProviders, dales.AtUnregisteredProviders, dales.PlacementsStarted));
        Assert.Equal((1200m + 600m, 6000m, 1), (dales.CostToDate, dales.Budget, dales.PlacementsWithoutBudget));
        Assert.Equal((2, 3, 3000m, 9000m), (report.Total.PupilsInAp, report.Total.PlacementsStarted, report.Total.CostToDate, report.Total.Budget));
        Assert.Equal([(registered.Name, true, 2), (unregistered.Name, false, 1)], report.Providers.Select(p => (p.Name, p.IsRegistered, p.PupilsInAp)));
        Assert.Equal([(RegistrationMode.Dual, 2), (RegistrationMode.ApprovedActivity, 1)],
            report.ByRegistrationMode.Select(m => (m.RegistrationMode, m.PupilsInAp)));
    }

    [Fact]
    public void PlannedCancelledAndOutOfPeriodPlacementsAreNotCountedButTheSchoolStillShows()
    {
        var provider = (Id: Guid.NewGuid(), Name: "Dales Learning Centre");
        var planned = new Placement
        {
            Id = Guid.NewGuid(), SchoolId = Fells, TrustId = Trust, PupilId = Guid.NewGuid(), Address = "Unit 4", PersonResponsible = Placements.Staff,
            PastoralContact = Placements.Staff, StartDate = SpringStarts, CostPerWeek = 300,
        };
        var lastYear = Ended(Running(Fells, new DateOnly(2026, 3, 2), 300), new DateOnly(2026, 7, 17), PlacementEndReason.Completed);
        var cancelled = new Placement
        {
            Id = Guid.NewGuid(), SchoolId = Fells, TrustId = Trust, PupilId = Guid.NewGuid(), Address = "Unit 4", PersonResponsible = Placements.Staff,
            PastoralContact = Placements.Staff, StartDate = SpringStarts,
        };
        cancelled.Cancel(Placements.School, "Withdrawn", Placements.Now);

        var report = TrustReport.Of(Trust, SchoolYear, new DateOnly(2027, 1, 29), [Fells],
            [At(planned, provider, 100), At(lastYear, provider, 100), At(cancelled, provider, 100)], []);

        var fells = Assert.Single(report.Schools);
        Assert.Equal((Fells, 0, 0, 0m, 0m), (fells.SchoolId, fells.PupilsInAp, fells.PlacementsStarted, fells.CostToDate, fells.Budget));
        Assert.Empty(report.Providers);
    }

    [Fact]
    public void AttendanceIsTheSchoolsWeeksInThePeriodSummed()
    {
        SchoolWeekAttendance Week(Guid school, DateOnly monday, int possible, int attended) => new()
        {
            SchoolId = school, WeekStarting = monday, SessionsPossible = possible, Attended = attended, UnauthorisedAbsence = possible - attended,
        };

        var report = TrustReport.Of(Trust, new ReportPeriod(SpringStarts, new DateOnly(2027, 3, 31)), new DateOnly(2027, 1, 29), [Dales, Fells], [],
            [Week(Dales, SpringStarts, 10, 9), Week(Dales, SpringStarts.AddDays(7), 10, 6), Week(Dales, new DateOnly(2026, 12, 14), 10, 0), Week(Fells, SpringStarts, 6, 6)]);

        var dales = report.Schools.Single(s => s.SchoolId == Dales).Attendance;
        Assert.Equal((20, 15, 5, 75.0m), (dales.SessionsPossible, dales.Attended, dales.UnauthorisedAbsence, dales.Percent));
        Assert.Equal(100m, report.Schools.Single(s => s.SchoolId == Fells).Attendance.Percent);
        Assert.Equal((26, 21, 80.8m), (report.Total.Attendance.SessionsPossible, report.Total.Attendance.Attended, report.Total.Attendance.Percent));
        Assert.Null(TrustReport.Of(Trust, SchoolYear, SpringStarts, [Dales], [], []).Total.Attendance.Percent);
    }

    [Fact]
    public void OutcomesCountHowPlacementsEndedWhereThePupilsWentAndWhatFormalReviewsFound()
    {
        var provider = (Id: Guid.NewGuid(), Name: "Dales Learning Centre");
        var reviewed = Running(Dales, SpringStarts, 300);
        reviewed.RecordReview(Review(ReviewKind.Formal, new DateOnly(2027, 2, 1), improved: false));
        reviewed.RecordReview(Review(ReviewKind.Formal, new DateOnly(2027, 3, 1), improved: true));
        reviewed.RecordReview(Review(ReviewKind.Agreement, new DateOnly(2027, 3, 8), improved: null));
        var returned = Running(Dales, SpringStarts, 300);
        returned.SubmitFinalReport(new FinalReport("Two GCSEs", "Good", "95%", "Settled", "Provider manager", Placements.Now));
        returned.BeginEnding(new ReintegrationPlan(new DateOnly(2027, 3, 1), [], "Mentor", new DateOnly(2027, 3, 15), Placements.Now), Placements.School, Placements.Now);
        returned.End(PlacementEndReason.Reintegrated, new DateOnly(2027, 3, 12), "Glad to be back", Destination.ReturnedToHomeSchool, null, Placements.School,
            Placements.Now);
        var moved = Ended(Running(Fells, SpringStarts, 300), new DateOnly(2027, 2, 5), PlacementEndReason.ProviderChange);

        var report = TrustReport.Of(Trust, SchoolYear, new DateOnly(2027, 3, 31), [Dales, Fells],
            [At(reviewed, provider, null), At(returned, provider, null), At(moved, provider, null)], []);

        Assert.Equal([(PlacementEndReason.Reintegrated, 1), (PlacementEndReason.ProviderChange, 1)],
            report.Outcomes.EndedBy.Select(e => (e.Reason, e.Placements)));
        Assert.Equal([(Destination.ReturnedToHomeSchool, 1), (Destination.AnotherAlternativeProvision, 1)],
            report.Outcomes.Destinations.Select(d => (d.Destination, d.Pupils)));
        Assert.Equal([(ReviewKind.Agreement, 1, 0, 0), (ReviewKind.Formal, 2, 1, 1)], report.Outcomes.Reviews.Select(r => (r.Kind, r.Held, r.Improved, r.NotImproved)));
        var dales = report.Schools.Single(s => s.SchoolId == Dales);
        Assert.Equal((1, 1), (dales.PlacementsEnded, dales.Reintegrated));
        Assert.Equal((2, 1), (report.Total.PlacementsEnded, report.Total.Reintegrated));
    }

    [Fact]
    public void OnlyTheTrustsApLeadAndExecutivesItsSystemsAndThePlatformAdminReadTheReport()
    {
        Caller Trust(params string[] roles) => new("trust-portal", Guid.NewGuid(), OrganisationType.Trust, new HashSet<string>(), null, null)
        {
            Person = roles.Length == 0 ? null : new Person(Guid.NewGuid(), "Tara Lowe", roles.ToHashSet()),
        };

        Assert.True(Trust(PersonRoles.ApLead).MayReadTrustReport());
        Assert.True(Trust(PersonRoles.Executive).MayReadTrustReport());
        Assert.True(Trust().MayReadTrustReport());
        Assert.False(Trust(PersonRoles.Administrator).MayReadTrustReport());
        Assert.False(Placements.School.MayReadTrustReport());
        Assert.False((Placements.School with { Person = new Person(Guid.NewGuid(), "Alex Lead", new HashSet<string> { PersonRoles.ApLead }) }).MayReadTrustReport());
    }

    private static ReportedPlacement At(Placement placement, (Guid Id, string Name) provider, decimal? budget) =>
        new(placement, budget, provider.Name, provider.Name == "Dales Learning Centre");

    private static Placement Running(
        Guid school, DateOnly start, decimal? costPerWeek, Guid? provider = null, Guid? pupil = null, RegistrationMode mode = RegistrationMode.ApprovedActivity)
    {
        var placement = new Placement
        {
            Id = Guid.NewGuid(), SchoolId = school, TrustId = Trust, PupilId = pupil ?? Guid.NewGuid(), ProviderId = provider ?? Guid.NewGuid(),
            RegistrationMode = mode, Address = "Unit 4, Bank Road", PersonResponsible = Placements.Staff, PastoralContact = Placements.Staff,
            StartDate = start, CostPerWeek = costPerWeek, Timetable = Placements.Mornings(3),
        };
        placement.Start(Placements.School, Placements.Now);
        return placement;
    }

    private static Placement Ended(Placement placement, DateOnly on, PlacementEndReason reason)
    {
        placement.End(reason, on, null, Destination.AnotherAlternativeProvision, null, Placements.School, Placements.Now);
        return placement;
    }

    private static Review Review(ReviewKind kind, DateOnly on, bool? improved) =>
        new(Guid.NewGuid(), kind, on, [Placements.Staff], "Some progress", "Continue", improved, Dales, Placements.Now);
}
