using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>
/// Why the caller reads or changes a pupil's record, from the X-Access-Reason header. A platform admin can see every
/// school's pupils, so it must say why each time; the school's data protection officer reads the reason in its log.
/// </summary>
public static class AccessReason
{
    public const string HeaderName = "X-Access-Reason";
    public const int MaxLength = 500;

    /// <summary>The trimmed reason, or null when none was given; refuses (400) an admin without one and a reason too long.</summary>
    public static string? Of(HttpContext http, Caller caller)
    {
        var reason = http.Request.Headers[HeaderName].ToString().Trim();
        if (reason.Length > MaxLength)
        {
            throw new BadHttpRequestException($"The {HeaderName} header is at most {MaxLength} characters.", StatusCodes.Status400BadRequest);
        }

        if (reason.Length == 0 && caller.OrganisationType == OrganisationType.PlatformAdmin)
        {
            throw new BadHttpRequestException(
                $"A platform admin must say why it reads or changes a pupil's record: give the reason in the {HeaderName} header.",
                StatusCodes.Status400BadRequest);
        }

        return reason.Length == 0 ? null : reason;
    }
}
