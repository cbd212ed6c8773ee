using APPlatform.TestSupport;

namespace APPlatform.Attendance.Tests;

/// <summary>Malformed, oversized and wrongly typed input on every route of the service's OpenAPI document gets a 4xx that is a complete problem, never a 5xx.</summary>
public sealed class FuzzTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    public static TheoryData<string> Callers => ["platform_admin", "school", "local_authority", "provider"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task NoRouteAnswersMalformedOversizedOrWronglyTypedInputWithA5xxOrAnIncompleteProblem(string organisationType)
    {
        var report = await RouteFuzzer.RunAsync(service.As(TestCaller.OfType(organisationType)), "/openapi/attendance.json");

        report.AssertAnsweredWell();
    }
}
