using Scalar.AspNetCore;

namespace APPlatform.Gateway.Proxy;

/// <summary>
/// The browsable API reference at /reference: every service's OpenAPI document in Scalar's page, served from the
/// package itself (no CDN, no fonts, no telemetry, no vendor's toolbar), public like the documents (decision 0012).
/// A reader tries a route with a token from /connect/token.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/reference";

    public static IEndpointConventionBuilder MapApiReference(this WebApplication app) =>
        app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("APPlatform API reference").DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp()
                .HideDeveloperTools();
            foreach (var service in ServiceRoutes.AvailableServices(app.Configuration))
            {
                options.AddDocument(service, routePattern: ServiceRoutes.OpenApiDocumentPath(service));
            }
        }).AllowAnonymous();
}
