using System.Diagnostics;
using APPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace APPlatform.ServiceDefaults.Unit.Tests.Hosting;

/// <summary>Every trace is kept unless Telemetry:TraceSampleRatio keeps a share; a trace is kept whole or not at all.</summary>
public sealed class TraceSamplingTests
{
    private const int Requests = 10_000;

    [Fact]
    public void EveryRequestIsTracedUnlessASampleRatioIsSet() => Assert.Equal(Requests, TracedOf(Requests, Sampler(null)));

    [Fact]
    public void ARatioKeepsThatShareOfRequests()
    {
        var traced = TracedOf(Requests, Sampler("0.1"));

        Assert.InRange(traced, 850, 1150);
    }

    [Fact]
    public void ASpanFollowsItsParentWhateverTheRatio()
    {
        var sampler = Sampler("0.1");

        Assert.True(IsSampled(sampler, ActivityTraceFlags.Recorded));
        Assert.False(IsSampled(sampler, ActivityTraceFlags.None));
    }

    private static Sampler Sampler(string? ratio) => TelemetryExtensions.TraceSampler(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryExtensions.TraceSampleRatio] = ratio }).Build());

    /// <summary>How many of <paramref name="requests"/> requests, each starting a trace of its own, the sampler keeps.</summary>
    private static int TracedOf(int requests, Sampler sampler) => Enumerable.Range(0, requests).Count(_ =>
        sampler.ShouldSample(new SamplingParameters(default, ActivityTraceId.CreateRandom(), "POST /api/attendance/returns", ActivityKind.Server))
            .Decision == SamplingDecision.RecordAndSample);

    private static bool IsSampled(Sampler sampler, ActivityTraceFlags parent)
    {
        var traceId = ActivityTraceId.CreateRandom();
        var context = new ActivityContext(traceId, ActivitySpanId.CreateRandom(), parent, isRemote: true);
        return sampler.ShouldSample(new SamplingParameters(context, traceId, "publish", ActivityKind.Producer)).Decision == SamplingDecision.RecordAndSample;
    }
}
