using APPlatform.Attendance.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Attendance.Tests;

/// <summary>Attendance.Service on its own database and broker namespace, with a bus to play Referral.Service.</summary>
public sealed class AttendanceService(TestServers servers)
    : ServiceUnderTest<AttendanceDbContext>(servers, AttendanceServiceExtensions.DatabaseName, new Dictionary<string, string?>())
{
    public TestBus Bus { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Bus = await TestBus.StartAsync(Servers.Messaging, EntityPrefix);
    }
}
