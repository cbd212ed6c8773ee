using System.Net;

namespace APPlatform.Web.Platform;

/// <summary>
/// A service's refusal, as its RFC 9457 problem said it: the page filter turns 401, 403 and 404 into the sign-in, "you
/// cannot see this" and not-found pages; a form shows a 400 or 422's <see cref="Errors"/> against its fields.
/// </summary>
public sealed class PlatformApiException(HttpStatusCode status, string? detail, IReadOnlyDictionary<string, string[]> errors)
    : Exception(detail ?? $"The platform answered {(int)status}.")
{
    public HttpStatusCode Status { get; } = status;

    public string? Detail { get; } = detail;

    /// <summary>The problem's errors by the request's JSON field path (marks[0].status); none when it named no field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
