using System.Security.Cryptography;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// A retried POST has its effect once. The first request with a key claims it (committed at once, so a concurrent
/// copy sees the claim and gets 409), runs in a transaction with the service's DbContext, and stores its response in
/// that same transaction; a retry with the same key and body gets the stored response again (Idempotent-Replayed:
/// true); the same key with a different body gets 422. A request that fails with a 5xx or an exception releases its
/// key, so the client can simply retry. Keys are per client.
/// </summary>
internal sealed class IdempotencyFilter(bool required, TimeProvider clock) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxKeyLength = 200;

    /// <summary>A claim older than this belongs to a request that died mid-way; a retry may take it over.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (key.Length == 0)
        {
            return required
                ? Problem(StatusCodes.Status400BadRequest, $"This request must carry an {HeaderName} header, so a retry cannot repeat it.")
                : await next(context);
        }

        if (key.Length > MaxKeyLength || !key.All(c => c is > ' ' and < (char)127))
        {
            return Problem(StatusCodes.Status400BadRequest, $"The {HeaderName} must be 1 to {MaxKeyLength} printable ASCII characters.");
        }

        var db = http.RequestServices.GetRequiredService<ServiceDbContext>().Context;
        var clientId = Caller.FromPrincipal(http.User)?.ClientId ?? "anonymous";
        var hash = await RequestHashAsync(http.Request);
        var now = clock.GetUtcNow();

        if (!await TryClaimAsync(db, clientId, key, hash, now))
        {
            var existing = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.ClientId == clientId && r.Key == key);
            if (existing.RequestHash != hash)
            {
                return Problem(StatusCodes.Status422UnprocessableEntity,
                    $"This {HeaderName} was already used for a different request. Use a new key for a new request.");
            }

            if (existing.CompletedAt is not null)
            {
                return Replay(existing);
            }

            if (now - existing.StartedAt < AbandonedAfter || !await TryTakeOverAsync(db, existing, now))
            {
                return Problem(StatusCodes.Status409Conflict,
                    $"A request with this {HeaderName} is still being processed. Retry when it has finished.");
            }
        }

        return await RunOnceAsync(context, next, db, clientId, key);
    }

    private async Task<object?> RunOnceAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, DbContext db, string clientId, string key)
    {
        var http = context.HttpContext;
        var responseBody = http.Response.Body;
        using var buffer = new MemoryStream();
        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        try
        {
            http.Response.Body = buffer;
            var result = await next(context);
            await (result as IResult ?? Results.Ok(result)).ExecuteAsync(http);
            http.Response.Body = responseBody;

            if (http.Response.StatusCode >= 500)
            {
                await transaction.RollbackAsync();
                await ReleaseAsync(db, clientId, key);
            }
            else
            {
                var record = await db.Set<IdempotencyRecord>().SingleAsync(r => r.ClientId == clientId && r.Key == key);
                record.CompletedAt = clock.GetUtcNow();
                record.StatusCode = http.Response.StatusCode;
                record.ContentType = http.Response.ContentType;
                record.Location = http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
                record.Body = buffer.ToArray();
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(responseBody);
            return Results.Empty;
        }
        catch
        {
            http.Response.Body = responseBody;
            await transaction.RollbackAsync();
            await ReleaseAsync(db, clientId, key);
            throw;
        }
    }

    /// <summary>Inserts the claim in its own statement, committed at once: a concurrent request must see it.</summary>
    private static async Task<bool> TryClaimAsync(DbContext db, string clientId, string key, string hash, DateTimeOffset now) =>
        await db.Database.ExecuteSqlRawAsync(
            $$"""INSERT INTO "{{IdempotencyRecordConfiguration.TableName}}" ("ClientId", "Key", "RequestHash", "StartedAt") VALUES ({0}, {1}, {2}, {3}) ON CONFLICT DO NOTHING""",
            clientId, key, hash, now) == 1;

    private static async Task<bool> TryTakeOverAsync(DbContext db, IdempotencyRecord abandoned, DateTimeOffset now) =>
        await db.Set<IdempotencyRecord>()
            .Where(r => r.ClientId == abandoned.ClientId && r.Key == abandoned.Key && r.CompletedAt == null && r.StartedAt == abandoned.StartedAt)
            .ExecuteUpdateAsync(update => update.SetProperty(r => r.StartedAt, now)) == 1;

    private static Task ReleaseAsync(DbContext db, string clientId, string key) =>
        db.Set<IdempotencyRecord>().Where(r => r.ClientId == clientId && r.Key == key && r.CompletedAt == null).ExecuteDeleteAsync();

    /// <summary>
    /// SHA-256 of method, path, query and body. The body was buffered for this (UseIdempotencyKeyBuffering) and is
    /// rewound afterwards, so a handler that reads the raw body (the CSV import) still reads all of it.
    /// </summary>
    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk)) > 0)
            {
                sha.AppendData(chunk, 0, read);
            }

            request.Body.Position = 0;
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static IResult Replay(IdempotencyRecord record) => new ReplayedResponse(record);

    private static IResult Problem(int status, string detail) => new ProblemResult(status, detail);

    private sealed class ReplayedResponse(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = record.StatusCode!.Value;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            if (record.Location is not null)
            {
                http.Response.Headers.Location = record.Location;
            }

            if (record.ContentType is not null)
            {
                http.Response.ContentType = record.ContentType;
            }

            await http.Response.Body.WriteAsync(record.Body ?? []);
        }
    }

    private sealed class ProblemResult(int status, string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext http) => http.WriteProblemAsync(status, detail).AsTask();
    }
}
