using APPlatform.ServiceDefaults.Health;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace APPlatform.ServiceDefaults.Telemetry;

internal static class TelemetryExtensions
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The share of requests and messages traced, from 0 to 1 (1, every one, unless set). Locally the dashboard shows
    /// them all; a deployment under load keeps a share (docs/deploy.md), since tracing each one costs CPU on every call.
    /// </summary>
    public const string TraceSampleRatio = "Telemetry:TraceSampleRatio";

    /// <summary>
    /// Aspire's service-defaults telemetry: traces, metrics and logs through OpenTelemetry, exported over OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set (as Aspire sets it). Beyond ASP.NET Core, HttpClient and the runtime: the
    /// bus's traces and metrics (MassTransit) and the outbox's publishing (APPlatform); Npgsql's come with the
    /// database (AddServiceDatabase), Redis's with the cache (AddCache). Console logs stay one line each, with their
    /// scopes (correlation id) and trace ids.
    /// </summary>
    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            // OTEL_SERVICE_NAME (Aspire sets it per replica) wins; the name passed here serves a process started alone.
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(serviceName);
                }
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(InstrumentationOptions.MeterName))
            .WithTracing(tracing => tracing
                .SetSampler(TraceSampler(builder.Configuration))
                // Probes every few seconds from the gateway and the AppHost would bury the traces worth reading.
                .AddAspNetCoreInstrumentation(aspNetCore =>
                    aspNetCore.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(DiagnosticHeaders.DefaultListenerName, PlatformActivity.SourceName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// Which traces are kept: a share of those a request or message starts (<see cref="TraceSampleRatio"/>), and a span
    /// whenever its parent was, so that a trace is kept whole or not at all. (Aspire's OTEL_TRACES_SAMPLER=always_on would
    /// also keep the database and cache calls of the probes the ASP.NET Core instrumentation leaves out, each as a trace.)
    /// </summary>
    internal static Sampler TraceSampler(IConfiguration configuration)
    {
        var ratio = configuration.GetValue(TraceSampleRatio, 1.0);
        return new ParentBasedSampler(ratio < 1 ? new TraceIdRatioBasedSampler(ratio) : new AlwaysOnSampler());
    }
}
