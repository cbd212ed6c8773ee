using System.Net.Sockets;
using Npgsql;
using Polly;
using StackExchange.Redis;

namespace APPlatform.ServiceDefaults.Errors;

/// <summary>
/// Recognises failures that mean "a dependency is down for now", which callers should retry later, as opposed to
/// bugs or bad input. Requests answer 503 for these; consumers keep retrying them instead of parking the message.
/// </summary>
public static class TransientFailure
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        RedisConnectionException or RedisTimeoutException => true,
        // Another service called by name: HttpClient's resilience gave up (timed out, or its circuit is open).
        ExecutionRejectedException => true,
        SocketException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
