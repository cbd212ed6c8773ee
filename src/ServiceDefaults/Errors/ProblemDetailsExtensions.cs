using System.Text.Json;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Correlation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Errors;

internal static class ProblemDetailsExtensions
{
    /// <summary>Every error response is an RFC 9457 problem that carries the correlation id to quote to support.</summary>
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (CorrelationId.Current is { } id)
            {
                context.ProblemDetails.Extensions["correlationId"] = id;
            }

            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                validation.Errors = validation.Errors.ToDictionary(error => JsonFieldPath(error.Key), error => error.Value);
            }

            context.ProblemDetails.Type ??= ProblemDetailDefaults.TypeFor(context.ProblemDetails.Status);
            if (string.IsNullOrWhiteSpace(context.ProblemDetails.Detail))
            {
                context.ProblemDetails.Detail = ProblemDetailDefaults.For(context);
            }
        });
        services.AddExceptionHandler<ExceptionProblemHandler>();

        // Malformed JSON and unbindable parameters throw (rather than answer a bare 400) so the handler above can say
        // what was wrong in the problem's detail.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // An explicit null for a non-nullable field is a 400, not a null deep in the domain; a missing field is left to the
        // [Required] validation, which names it.
        services.Configure<JsonOptions>(options => PlatformJson.Configure(options.SerializerOptions));
        return services;
    }

    /// <summary>Validation names CLR members (Pupil.DateOfBirth); clients know the JSON field path (pupil.dateOfBirth).</summary>
    private static string JsonFieldPath(string memberPath) =>
        string.Join('.', memberPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
