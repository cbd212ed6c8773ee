using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace APPlatform.ServiceDefaults.Errors;

/// <summary>
/// The type and detail for a problem that the framework answers without them (a route's bare 404, a validation 400, a
/// 415, a 429), so that every problem tells the client what is wrong (docs/architecture.md).
/// </summary>
internal static class ProblemDetailDefaults
{
    /// <summary>The framework names an RFC 9110 section for most statuses; 429 is RFC 6585's, and anything else "about:blank" (RFC 9457 §4.2.1).</summary>
    public static string TypeFor(int? status) =>
        status == StatusCodes.Status429TooManyRequests ? "https://www.rfc-editor.org/rfc/rfc6585#section-4" : "about:blank";

    public static string For(ProblemDetailsContext context) => context.ProblemDetails switch
    {
        HttpValidationProblemDetails { Errors.Count: > 0 } validation =>
            $"Some fields are not valid ({string.Join(", ", validation.Errors.Keys)}): see errors.",
        { Status: { } status } => status switch
        {
            StatusCodes.Status400BadRequest => "The request is not valid.",
            StatusCodes.Status401Unauthorized => "The request needs a valid access token (Authorization: Bearer).",
            StatusCodes.Status403Forbidden => "The caller's token does not allow this.",
            StatusCodes.Status404NotFound =>
                "Nothing here: no such route, or no record with this id that the caller may see (ids are GUIDs).",
            StatusCodes.Status405MethodNotAllowed => $"This route does not take {context.HttpContext.Request.Method}.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than the platform takes.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON (Content-Type: application/json).",
            StatusCodes.Status429TooManyRequests => "Too many requests: wait as Retry-After says, then try again.",
            _ => $"{ReasonPhrases.GetReasonPhrase(status)}.",
        },
        _ => "The request could not be answered.",
    };
}
