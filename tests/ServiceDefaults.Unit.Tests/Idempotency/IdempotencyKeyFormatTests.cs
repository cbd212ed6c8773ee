using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Unit.Tests.Errors;
using Microsoft.AspNetCore.Http;

namespace APPlatform.ServiceDefaults.Unit.Tests.Idempotency;

/// <summary>
/// An Idempotency-Key is 1 to 200 printable ASCII characters (IdempotencyKey); a malformed one, or none where the
/// route requires one, is a 400 problem before anything is claimed or run.
/// </summary>
public sealed class IdempotencyKeyFormatTests
{
    private const string Malformed = "The Idempotency-Key must be 1 to 200 printable ASCII characters.";

    public static TheoryData<string, string> MalformedKeys => new()
    {
        { "201 characters", new string('k', 201) },
        { "a space", "order 42" },
        { "a tab", "order\t42" },
        { "a line break", "order-42\r\nX-Injected: 1" },
        { "a letter beyond ASCII", "café-42" },
        { "DEL, a control", "order-42\u007f" },
    };

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public async Task AMalformedKeyIsRefusedWith400AndNothingRuns(string malformation, string key)
    {
        var (context, ran) = await SendAsync(required: false, key);

        Assert.False(ran, malformation);
        Assert.Equal(400, context.Status);
        Assert.Equal(Malformed, context.Problem().GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("k")]
    [InlineData("0193a7c2-5d0e-7b4f-9a61-2f3c8e1d4b77")]
    [InlineData("order-42:retry_1/~!@#$%^&*()+={}[]|;'<>,.?\"`")]
    public void PrintableAsciiUpToTheLimitIsAKey(string key) => Assert.True(IdempotencyKey.IsWellFormed(key));

    [Fact]
    public void TwoHundredCharactersIsTheLongestKey() =>
        Assert.Equal((true, false), (IdempotencyKey.IsWellFormed(new string('k', 200)), IdempotencyKey.IsWellFormed(new string('k', 201))));

    [Fact]
    public async Task ARouteThatRequiresAKeyRefusesARequestWithoutOne()
    {
        var (context, ran) = await SendAsync(required: true, key: null);

        Assert.False(ran);
        Assert.Equal(400, context.Status);
        Assert.Equal("This request must carry an Idempotency-Key header, so a retry cannot repeat it.", context.Problem().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ARouteWhereTheKeyIsOptionalRunsARequestWithoutOne()
    {
        var (_, ran) = await SendAsync(required: false, key: null);

        Assert.True(ran);
    }

    /// <summary>A POST through the filter; whether the endpoint ran, and the response when the filter answered instead.</summary>
    private static async Task<(ProblemContext Context, bool Ran)> SendAsync(bool required, string? key)
    {
        var context = new ProblemContext("POST");
        if (key is not null)
        {
            context.Http.Request.Headers[IdempotencyFilter.HeaderName] = key;
        }

        var ran = false;
        var answer = await new IdempotencyFilter(required, TimeProvider.System).InvokeAsync(
            EndpointFilterInvocationContext.Create(context.Http), _ =>
            {
                ran = true;
                return ValueTask.FromResult<object?>(Results.Created());
            });
        if (!ran)
        {
            await Assert.IsAssignableFrom<IResult>(answer).ExecuteAsync(context.Http);
        }

        return (context, ran);
    }
}
