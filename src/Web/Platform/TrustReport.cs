namespace APPlatform.Web.Platform;

/// <summary>Sessions at AP over the period; Percent is null with no sessions.</summary>
public sealed record ReportAttendance(int SessionsPossible, int Attended, int AuthorisedAbsence, int UnauthorisedAbsence, int Unexplained, decimal? Percent);

/// <summary>A school's figures, or the trust's (no SchoolId).</summary>
public sealed record ReportSchool(
    Guid? SchoolId, int PupilsInAp, int AtRegisteredProviders, int AtUnregisteredProviders, int PlacementsStarted, int PlacementsEnded, int Reintegrated,
    decimal CostToDate, decimal Budget, int PlacementsWithoutBudget, ReportAttendance Attendance);

public sealed record ReportProvider(Guid ProviderId, string Name, bool IsRegistered, int PupilsInAp, int PlacementsStarted, int PlacementsEnded);

public sealed record ReportRegistrationMode(string RegistrationMode, int PupilsInAp);

public sealed record ReportEndReason(string Reason, int Placements);

public sealed record ReportDestination(string Destination, int Pupils);

public sealed record ReportReviews(string Kind, int Held, int Improved, int NotImproved);

public sealed record ReportOutcomes(List<ReportEndReason> EndedBy, List<ReportDestination> Destinations, List<ReportReviews> Reviews);

public sealed record ReportPeriod(DateOnly From, DateOnly To);

/// <summary>The trust's use of AP over a period (GET /api/placements/trust-report): counts and money, no pupil named.</summary>
public sealed record TrustReport(
    ReportPeriod Period, DateOnly CostsTo, List<ReportSchool> Schools, ReportSchool Total, List<ReportProvider> Providers,
    List<ReportRegistrationMode> ByRegistrationMode, ReportOutcomes Outcomes);
