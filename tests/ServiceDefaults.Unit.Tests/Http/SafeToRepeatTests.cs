using APPlatform.ServiceDefaults.Http;

namespace APPlatform.ServiceDefaults.Unit.Tests.Http;

/// <summary>
/// What an HttpClient of the platform retries after a transient failure: an idempotent method, or a request carrying
/// an Idempotency-Key (the service replays its first answer); never a POST or PATCH without one, which may have been done.
/// </summary>
public sealed class SafeToRepeatTests
{
    [Theory]
    [InlineData("GET", false, true)]
    [InlineData("HEAD", false, true)]
    [InlineData("OPTIONS", false, true)]
    [InlineData("PUT", false, true)]
    [InlineData("DELETE", false, true)]
    [InlineData("POST", false, false)]
    [InlineData("PATCH", false, false)]
    [InlineData("POST", true, true)]
    [InlineData("PATCH", true, true)]
    public void AnIdempotentMethodOrARequestWithAnIdempotencyKeyIsSafeToRepeat(string method, bool withKey, bool safe)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "http://referral/api/referrals");
        if (withKey)
        {
            request.Headers.Add("Idempotency-Key", "referral-once");
        }

        Assert.Equal(safe, HttpClientDefaults.IsSafeToRepeat(request));
    }
}
