using System.Threading.RateLimiting;
using APPlatform.ServiceDefaults.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace APPlatform.ServiceDefaults.Unit.Tests.Errors;

/// <summary>A rate limiter's refusal: 429, Retry-After in whole seconds rounded up and at least one, and who is limited.</summary>
public sealed class TooManyRequestsTests
{
    [Theory]
    [InlineData(0.2, "1")]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "2")]
    [InlineData(30.0, "30")]
    [InlineData(null, "1")]
    public async Task RetryAfterIsTheLimitersWaitInWholeSecondsRoundedUpAndAtLeastOne(double? waitSeconds, string retryAfter)
    {
        var context = new ProblemContext("POST");

        await TooManyRequests.WriteProblemAsync(
            new OnRejectedContext { HttpContext = context.Http, Lease = new RefusedLease(waitSeconds) }, "This client sends too many token requests.");

        Assert.Equal((429, retryAfter), (context.Status, context.RetryAfter));
        Assert.Equal($"This client sends too many token requests. Retry after {retryAfter} s.", context.Problem().GetProperty("detail").GetString());
    }

    /// <summary>A lease the limiter refused, saying how long to wait when it knows.</summary>
    private sealed class RefusedLease(double? waitSeconds) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => waitSeconds is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = waitSeconds is { } seconds && metadataName == MetadataName.RetryAfter.Name ? TimeSpan.FromSeconds(seconds) : null;
            return metadata is not null;
        }
    }
}
