using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Attendance.Model.Tests;

internal static class Callers
{
    public static Caller AttendanceLead { get; } = Person(Guid.NewGuid(), "Alex Turner", PersonRoles.AttendanceLead);

    /// <summary>A system acting for <paramref name="organisation"/> with its client's credentials (no person signed in).</summary>
    public static Caller Of(OrganisationType type, Guid organisation) => new($"{type}-client", organisation, type, new HashSet<string>(), null, null);

    /// <summary>A signed-in person of school <paramref name="school"/> holding <paramref name="role"/>.</summary>
    public static Caller Person(Guid school, string name, string role) =>
        Of(OrganisationType.School, school) with { Person = new Person(Guid.NewGuid(), name, new HashSet<string> { role }) };
}
