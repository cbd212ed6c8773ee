using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Attendance.Model.Tests;

internal static class Callers
{
    public static Caller AttendanceLead { get; } =
        new("web", Guid.NewGuid(), OrganisationType.School, new HashSet<string>(), null, null)
        {
            Person = new Person(Guid.NewGuid(), "Alex Turner", new HashSet<string> { PersonRoles.AttendanceLead }),
        };
}
