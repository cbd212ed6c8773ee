using System.Text.Json;
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
        });
        services.AddExceptionHandler<ExceptionProblemHandler>();

        // Malformed JSON and unbindable parameters throw (rather than answer a bare 400) so the handler above can say
        // what was wrong in the problem's detail.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // A missing or null non-nullable field is a 400 naming the field, not a null deep in the domain.
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        return services;
    }

    /// <summary>Validation names CLR members (Pupil.DateOfBirth); clients know the JSON field path (pupil.dateOfBirth).</summary>
    private static string JsonFieldPath(string memberPath) =>
        string.Join('.', memberPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
