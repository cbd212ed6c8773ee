using System.Net;
using System.Net.Http.Json;
using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Registers;
using APPlatform.Contracts.Placements;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Attendance.Tests;

/// <summary>
/// Attendance.Service on its own database and broker namespace, with a bus to play Referral.Service. Registers are
/// only checked for providers that set their own cut-offs (the defaults are the end of the day), follow-up deadlines
/// fall <see cref="FollowUpWithin"/> after an absence (a test moves the service's clock past them), and marks may be
/// posted 60 days back, so tests can build a history.
/// </summary>
public sealed class AttendanceService : ServiceUnderTest<AttendanceDbContext>
{
    public AttendanceService(TestServers servers)
        : this(servers, Settings)
    {
    }

    /// <summary>The same service and helpers on more settings (e.g. where Referral.Service answers).</summary>
    internal AttendanceService(TestServers servers, IReadOnlyDictionary<string, string?> settings)
        : base(servers, AttendanceServiceExtensions.DatabaseName, settings)
    {
    }

    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>How long after an absence the school must have followed it up: longer than any test takes to do so.</summary>
    public static readonly TimeSpan FollowUpWithin = TimeSpan.FromMinutes(10);

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduling:PollInterval"] = "00:00:00.200",
        ["Attendance:RegisterCheckInterval"] = "00:00:00.300",
        ["Attendance:MorningCutoff"] = "23:59:58",
        ["Attendance:AfternoonCutoff"] = "23:59:59",
        ["Attendance:FollowUpBy"] = "00:00",
        ["Attendance:FollowUpWithin"] = FollowUpWithin.ToString(),
        ["Attendance:CorrectionWindowDays"] = "60",
    };

    public TestBus Bus { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Bus = await TestBus.StartAsync(Servers.Messaging, EntityPrefix);
    }

    /// <summary>A placement Referral.Service started, timetabled every day of the week AM and PM, copied once its event arrives.</summary>
    public async Task<PlacementDetails> PlacementAsync(
        Guid? providerId = null, Guid? schoolId = null, string registrationMode = "approved_activity", DateOnly? start = null, DateOnly? end = null,
        Guid? localAuthorityId = null)
    {
        var details = new PlacementDetails(Guid.NewGuid(), Guid.NewGuid(), schoolId ?? Guid.NewGuid(), Guid.NewGuid(), "school", localAuthorityId ?? Guid.NewGuid(),
            providerId ?? Guid.NewGuid(), null,
            registrationMode, start ?? Today.AddDays(-70), end ?? Today.AddDays(60),
            Enum.GetValues<DayOfWeek>().SelectMany(day => new[]
            {
                new TimetabledSession(day, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0)),
                new TimetabledSession(day, "PM", new TimeOnly(13, 0), new TimeOnly(15, 0)),
            }).ToList(), 35, true, false, false);
        await Bus.PublishAsync(new PlacementStarted(details, DateTimeOffset.UtcNow));
        await Eventually.Until(() => WithDbAsync(db => db.Placements.AnyAsync(p => p.PlacementId == details.PlacementId)), known => known, because: "PlacementStarted should arrive");
        return details;
    }

    /// <summary>Looks at every provider's registers now, as the watch does every RegisterCheckInterval (after any look under way).</summary>
    public Task CheckRegistersNowAsync() => ActivatorUtilities.CreateInstance<RegisterCutoffWatch>(App.Services).CheckAsync(CancellationToken.None);

    public static TestCaller ProviderOf(PlacementDetails placement) => TestCaller.Provider(placement.ProviderId);

    public static TestCaller SchoolOf(PlacementDetails placement) => TestCaller.School(placement.SchoolId, localAuthorityId: placement.LocalAuthorityId);

    /// <summary>Posts a return with a fresh Idempotency-Key.</summary>
    public Task<HttpResponseMessage> PostReturnAsync(TestCaller provider, DateOnly date, params object[] marks) =>
        As(provider).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/attendance/returns")
        {
            Content = JsonContent.Create(new { date = date.ToString("yyyy-MM-dd"), marks }),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        });

    public static object Mark(PlacementDetails placement, string status, string session = "AM", int? minutesLate = null, string? reason = null) =>
        new { placementId = placement.PlacementId, session, status, minutesLate, reason };

    public static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
