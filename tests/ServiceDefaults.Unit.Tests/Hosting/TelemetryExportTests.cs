using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using APPlatform.TestSupport;

namespace APPlatform.ServiceDefaults.Unit.Tests.Hosting;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, traces and logs leave for the collector; a real OTLP/HTTP receiver here.</summary>
public sealed class TelemetryExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> received = new();
    private WebApplication collector = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        collector = builder.Build();
        collector.MapPost("/v1/{signal}", (string signal) =>
        {
            received.Enqueue(signal);
            return Results.Ok();
        });
        await collector.StartAsync();
    }

    public async ValueTask DisposeAsync() => await collector.DisposeAsync();

    [Fact]
    public async Task TracesAndLogsAreExportedOverOtlpWhenAnEndpointIsSet()
    {
        await using var app = await DefaultsApp.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.Single(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });

        await app.Client.GetAsync("/work");

        await Eventually.Until(
            () => Task.FromResult(received.ToHashSet()),
            signals => signals.Contains("traces") && signals.Contains("logs"),
            because: "the batch exporters send every few seconds");
    }
}
