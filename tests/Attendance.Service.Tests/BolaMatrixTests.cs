using APPlatform.TestSupport.Bola;
using static APPlatform.ServiceDefaults.Authentication.OrganisationType;

namespace APPlatform.Attendance.Tests;

/// <summary>Who reaches whose records through each route of Attendance.Service.</summary>
public sealed class BolaMatrixTests(AttendanceBolaRecords records) : BolaMatrixTests<AttendanceBolaRecords>(records, Matrix)
{
    private const string Placement = "placements/{placementId}";
    private static readonly string Today = AttendanceService.Today.ToString("yyyy-MM-dd");

    public static readonly BolaTable Matrix = new()
    {
        ["POST /api/attendance/returns"] = Own.Allowed(Provider) | Other.Denied
            | Send.Json(side => new { date = Today, marks = new[] { new { placementId = side[Placement], session = "PM", status = "present" } } }),
        ["POST /api/attendance/marks"] = Own.Allowed(Provider) | Other.Denied
            | Send.Json(side => new { date = Today, placementId = side[Placement], session = "PM", status = "present" }),
        ["GET /api/attendance/placements"] = Own.Allowed(PlatformAdmin, LocalAuthority, School, Provider) | Other.NotListed("placements/{placementId}"),
        ["GET /api/attendance/placements/{placementId}/marks"] = Own.Allowed(PlatformAdmin, LocalAuthority, School, Provider) | Other.Denied,
        ["GET /api/attendance/summaries/{level}/{id}"] = Own.Allowed(PlatformAdmin, LocalAuthority, School, Provider) | Other.Denied,
        ["GET /api/attendance/schools/{schoolId}/weekly"] = Own.Allowed(PlatformAdmin, School) | Other.Denied,
        ["GET /api/attendance/schools/{schoolId}/register.csv"] = Own.Allowed(School) | Other.Denied,
        ["PUT /api/attendance/providers/{providerId}/cut-offs"] = Own.Allowed(PlatformAdmin, Provider) | Other.Denied
            | Send.Json(new { morning = "23:59:58", afternoon = "23:59:59" }),
        ["PUT /api/attendance/schools/{schoolId}/target"] = Own.Allowed(School) | Other.Denied | Send.Json(new { percent = 90 }),
        ["GET /api/attendance/cases"] = Own.Allowed(PlatformAdmin, LocalAuthority, School) | Other.NotListed("cases/{id}"),
        ["GET /api/attendance/cases/{id}"] = Own.Allowed(PlatformAdmin, LocalAuthority, School) | Other.Denied,
        ["POST /api/attendance/cases/{id}/actions"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { kind = "called", note = "BOLA matrix" }),
        ["POST /api/attendance/cases/{id}/explain"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { code = "m", explanation = "BOLA matrix: dental appointment" }),
        ["POST /api/attendance/cases/{id}/escalate"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            // To the council again, never elsewhere: the council's rows need the case still escalated to it, whatever the order.
            | Send.Json(new { to = "local_authority", note = "BOLA matrix: escalated" }),
        ["POST /api/attendance/cases/{id}/close"] = Own.Allowed(PlatformAdmin, School) | Other.Denied | Send.Json(new { note = "BOLA matrix" }),
        ["GET /api/attendance/pupils/{pupilId}/subject-access"] = Own.Allowed(PlatformAdmin, School) | Other.Denied,
        ["GET /api/attendance/access-log"] = Own.Allowed(PlatformAdmin, School) | Other.NotListed("pupils/{pupilId}"),
    };

    public static TheoryData<string> Operations => Matrix.Operations();
}
