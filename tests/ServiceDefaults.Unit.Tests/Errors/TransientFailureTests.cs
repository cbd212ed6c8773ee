using System.Net.Sockets;
using APPlatform.ServiceDefaults.Errors;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace APPlatform.ServiceDefaults.Unit.Tests.Errors;

/// <summary>What counts as "a dependency is down for now" (503 with Retry-After, a consumer's long retry), not a bug.</summary>
public sealed class TransientFailureTests
{
    public static TheoryData<Exception> Transient =>
    [
        new HttpRequestException("connection refused", new SocketException((int)SocketError.ConnectionRefused)),
        new TimeoutRejectedException(),
        new BrokenCircuitException(),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void ACallToAnotherServiceThatCouldNotBeMadeIsTransient(Exception failure) =>
        Assert.True(TransientFailure.IsTransient(failure));

    [Fact]
    public void ABugIsNot() => Assert.False(TransientFailure.IsTransient(new InvalidOperationException("a bug")));
}
