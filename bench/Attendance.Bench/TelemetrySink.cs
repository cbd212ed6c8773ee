using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace APPlatform.Bench;

/// <summary>
/// A collector for the benchmark's platform: it takes the services' traces, metrics and logs over OTLP/HTTP as a
/// deployment's collector would, and discards them. Without it the services' exports meet an address no one listens on
/// (no dashboard runs here), and the figures measured their retries rather than the export a deployment pays for. The
/// services trace the share of requests a deployment keeps (Telemetry:TraceSampleRatio, in the base manifests 0.1).
/// </summary>
internal sealed class TelemetrySink : IAsyncDisposable
{
    private readonly WebApplication app;
    private int exports;

    private TelemetrySink(WebApplication app) => this.app = app;

    /// <summary>How many OTLP requests (batches of spans, metrics or log records) the services sent.</summary>
    public int Exports => exports;

    public static async Task<TelemetrySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var sink = new TelemetrySink(builder.Build());
        sink.app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref sink.exports);
            return Results.Ok();
        });
        await sink.app.StartAsync();
        return sink;
    }

    /// <summary>Points every project of the model at the sink, tracing <paramref name="percent"/>% of requests.</summary>
    public void Receive(IDistributedApplicationTestingBuilder builder, int percent)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // Added after Aspire's own OTLP settings, so these win.
            project.Annotations.Add(new EnvironmentCallbackAnnotation(environment =>
            {
                environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = app.Urls.Single();
                environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
                environment["Telemetry__TraceSampleRatio"] = (percent / 100.0).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }));
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
