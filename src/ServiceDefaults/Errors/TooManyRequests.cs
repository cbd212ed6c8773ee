using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace APPlatform.ServiceDefaults.Errors;

public static class TooManyRequests
{
    /// <summary>
    /// Answers a request a rate limiter refused: 429 with Retry-After in whole seconds (at least one) and a problem
    /// saying who is limited and when to come back.
    /// </summary>
    public static ValueTask WriteProblemAsync(OnRejectedContext rejected, string whoIsLimited)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return rejected.HttpContext.WriteProblemAsync(StatusCodes.Status429TooManyRequests, $"{whoIsLimited} Retry after {seconds} s.");
    }
}
