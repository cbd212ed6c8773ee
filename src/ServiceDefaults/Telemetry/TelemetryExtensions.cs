using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace APPlatform.ServiceDefaults.Telemetry;

internal static class TelemetryExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    // The instrumentation packages are absent from the package copy; these are the sources the libraries emit themselves.
    private static readonly string[] ActivitySources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql", PlatformActivity.SourceName];
    private static readonly string[] Meters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime", "MassTransit", "Npgsql"];

    /// <summary>
    /// Logs always carry their scopes (correlation id) and trace ids; traces, metrics and logs are exported over OTLP
    /// when OTEL_EXPORTER_OTLP_ENDPOINT is set (as Aspire sets it), and cost nothing otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            return builder;
        }

        // CreateDefault reads OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES; the name passed here is the fallback.
        var resource = ResourceBuilder.CreateDefault();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
        {
            resource.AddService(serviceName);
        }

        var configuration = builder.Configuration;
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeScopes = true;
            logging.IncludeFormattedMessage = true;
            logging.AddOtlpExporter(Exporter(configuration, "v1/logs"));
        });
        builder.Services.AddHostedService(_ => new TelemetryExport(
            Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(ActivitySources)
                .AddOtlpExporter(Exporter(configuration, "v1/traces")).Build(),
            Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Meters)
                .AddOtlpExporter(Exporter(configuration, "v1/metrics")).Build()));
        return builder;
    }

    /// <summary>
    /// The endpoint and protocol from configuration (environment variables included), not from the environment alone,
    /// so appsettings or a test can set them. Over http/protobuf a configured endpoint is the signal's full URL.
    /// </summary>
    private static Action<OtlpExporterOptions> Exporter(IConfiguration configuration, string signalPath) => exporter =>
    {
        var endpoint = new Uri(configuration[OtlpEndpointVariable]!);
        if (configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf")
        {
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Endpoint = new Uri(endpoint, signalPath);
        }
        else
        {
            exporter.Endpoint = endpoint;
        }
    };

    /// <summary>Owns the trace and metric providers so they flush what they hold when the service stops.</summary>
    private sealed class TelemetryExport(TracerProvider tracing, MeterProvider metrics) : IHostedService, IDisposable
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
            tracing.Dispose();
            metrics.Dispose();
        }
    }
}
