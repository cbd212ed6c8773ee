using System.Text.Json;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// What counts as ready: a report Degraded only by advisory checks (a school calendar that has run out) must not hold
/// back the services that wait for it; any other Degraded check (the bus before its queues are bound) must. In memory.
/// </summary>
public sealed class ReadinessCheckTests
{
    private static readonly (string, string, string[]) Calendars = ("school-calendars", "Degraded", ["advisory"]);

    [Fact]
    public void AReportDegradedOnlyByAnAdvisoryCheckIsReady() =>
        Assert.True(ReadinessCheck.OnlyAdvisoryChecksDegraded(Report(("ReferralDbContext", "Healthy", []), Calendars)));

    [Fact]
    public void AReportWithAnyOtherDegradedCheckIsNotReady()
    {
        Assert.False(ReadinessCheck.OnlyAdvisoryChecksDegraded(Report(("masstransit-bus", "Degraded", ["ready", "masstransit"]), Calendars)));
        Assert.False(ReadinessCheck.OnlyAdvisoryChecksDegraded(Report(("school-calendars", "Unhealthy", ["advisory"]))));
        Assert.False(ReadinessCheck.OnlyAdvisoryChecksDegraded("Degraded"));
    }

    /// <summary>A /health report as ServiceDefaults writes it.</summary>
    private static string Report(params (string Name, string Status, string[] Tags)[] checks) => JsonSerializer.Serialize(new
    {
        status = "Degraded",
        checks = checks.ToDictionary(check => check.Name, check => new { status = check.Status, description = (string?)null, tags = check.Tags }),
    });
}
