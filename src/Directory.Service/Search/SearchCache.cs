using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace APPlatform.ProviderDirectory.Search;

/// <summary>
/// Search results in Redis, keyed by the query, the caller's view (audits shown depend on who asks) and a directory
/// version that every committed change to a provider or audit increments, so a change is never hidden by a stale page.
/// With Redis down, searches go straight to the database: slower, never wrong, never failing.
/// </summary>
public sealed class SearchCache(IConnectionMultiplexer redis, IOptions<JsonOptions> json, ILogger<SearchCache> logger)
{
    private const string VersionKey = "directory:search:version";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<T> GetOrComputeAsync<T>(ProviderFilter filter, Caller caller, Func<Task<T>> compute)
    {
        var options = json.Value.SerializerOptions;
        string? key = null;
        try
        {
            var cache = redis.GetDatabase();
            key = $"directory:search:{(long?)await cache.StringGetAsync(VersionKey) ?? 0}:{Fingerprint(filter, caller, options)}";
            if ((string?)await cache.StringGetAsync(key) is { } hit)
            {
                return JsonSerializer.Deserialize<T>(hit, options)!;
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogDebug(exception, "Redis unavailable; searching without the cache");
        }

        var result = await compute();
        if (key is not null)
        {
            try
            {
                await redis.GetDatabase().StringSetAsync(key, JsonSerializer.Serialize(result, options), Lifetime);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                logger.LogDebug(exception, "Redis unavailable; search result not cached");
            }
        }

        return result;
    }

    /// <summary>Moves every cached search out of reach. A failure is only logged: entries expire within minutes.</summary>
    public void Invalidate() =>
        redis.GetDatabase().StringIncrementAsync(VersionKey).ContinueWith(
            task => logger.LogWarning(task.Exception, "Could not invalidate cached searches; they expire within {Lifetime}", Lifetime),
            TaskContinuationOptions.OnlyOnFaulted);

    private static string Fingerprint(ProviderFilter filter, Caller caller, JsonSerializerOptions options)
    {
        var view = new { caller.OrganisationId, caller.OrganisationType, caller.TrustId, caller.LocalAuthorityId };
        var text = JsonSerializer.Serialize(new { filter, view }, options);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>Invalidates cached searches once a change to a provider or an audit has committed.</summary>
public sealed class SearchCacheInvalidator(SearchCache cache) : AfterCommitInterceptor
{
    protected override bool Concerns(ChangeTracker changes) =>
        changes.Entries().Any(entry => entry.Entity is Provider or AuditRiskAssessment && entry.State != Microsoft.EntityFrameworkCore.EntityState.Unchanged);

    protected override void AfterCommit() => cache.Invalidate();
}
