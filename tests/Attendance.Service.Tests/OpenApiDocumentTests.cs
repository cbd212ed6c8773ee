using APPlatform.TestSupport;

namespace APPlatform.Attendance.Tests;

public sealed class OpenApiDocumentTests(AttendanceService service)
    : OpenApiCompletenessTests(service.As(TestCaller.PlatformAdmin()), "/openapi/attendance.json"), IClassFixture<AttendanceService>;
