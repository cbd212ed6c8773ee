using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

/// <summary>Events the tests publish, about fresh organisations.</summary>
public static class SampleEvents
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>An absence at a placement the school commissions, unless a commissioner (its LA) is named.</summary>
    public static AbsenceReported Absence(Guid schoolId, Guid? providerId = null, Guid? commissionerId = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), schoolId, providerId ?? Guid.NewGuid(), commissionerId ?? schoolId, Today, "AM", false,
            DateTimeOffset.UtcNow);

    public static PlacementDetails Placement(TestCaller school, TestCaller la, TestCaller provider, string registrationMode) =>
        new(Guid.NewGuid(), Guid.NewGuid(), school.OrganisationId, school.OrganisationId, "school", la.OrganisationId, provider.OrganisationId, null,
            registrationMode, Today, Today.AddDays(90), [new TimetabledSession(DayOfWeek.Monday, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0))],
            15, false, false, false);
}
