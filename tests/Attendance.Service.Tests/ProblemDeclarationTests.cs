using APPlatform.TestSupport;

namespace APPlatform.Attendance.Tests;

public sealed class ProblemDeclarationTests(AttendanceService service)
    : TestSupport.ProblemDeclarationTests(service.As(TestCaller.PlatformAdmin()), "/openapi/attendance.json"), IClassFixture<AttendanceService>;
