using System.Security.Cryptography;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// A retried POST has its effect once. Keys belong to the caller's organisation and client, so one caller's key never
/// reaches another's response. The first request with a key claims it by inserting its record in the request's own
/// transaction, runs with the service's DbContext in that transaction, and stores its response there too. The
/// uncommitted record is the claim: it lasts exactly as long as the request (a request that fails with a 5xx or an
/// exception rolls it back, and PostgreSQL rolls back the transaction of a process that died), so a claim is never
/// judged abandoned by its age. A copy arriving meanwhile gets 409 with Retry-After; a retry after completion with
/// the same key and body gets the stored response again (Idempotent-Replayed: true); the same key with a different
/// body gets 422.
/// </summary>
internal sealed class IdempotencyFilter(bool required, TimeProvider clock) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>
    /// How long a copy waits on a running request's claim before being told to retry (a PostgreSQL interval): long
    /// enough to be answered from a request that was about to finish, short enough not to tie up a connection.
    /// </summary>
    private const string ClaimWait = "500ms";

    private const int RetryWhileRunningAfterSeconds = 2;

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

        if (!IdempotencyKey.IsWellFormed(key))
        {
            return Problem(StatusCodes.Status400BadRequest, $"The {HeaderName} must be 1 to {IdempotencyKey.MaxLength} printable ASCII characters.");
        }

        var db = http.RequestServices.GetRequiredService<ServiceDbContext>().Context;
        var id = IdempotencyRecordId.For(Caller.FromPrincipal(http.User), key);
        var hash = await RequestHashAsync(http.Request);

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        bool claimed;
        try
        {
            claimed = await TryClaimAsync(db, id, hash, clock.GetUtcNow());
        }
        catch (PostgresException waited) when (waited.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return Problem(StatusCodes.Status409Conflict,
                $"A request with this {HeaderName} is still being processed. Retry when it has finished.",
                RetryWhileRunningAfterSeconds);
        }

        if (claimed)
        {
            return await RunOnceAsync(context, next, db, transaction, id);
        }

        // A committed record is a completed request: its claim and its response commit together.
        var done = await id.Find(db).AsNoTracking().SingleAsync();
        return done.RequestHash == hash
            ? new ReplayedResponse(done)
            : Problem(StatusCodes.Status422UnprocessableEntity,
                $"This {HeaderName} was already used for a different request. Use a new key for a new request.");
    }

    private async Task<object?> RunOnceAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next,
        DbContext db, IDbContextTransaction transaction, IdempotencyRecordId id)
    {
        var http = context.HttpContext;
        var responseBody = http.Response.Body;
        using var buffer = new MemoryStream();
        try
        {
            http.Response.Body = buffer;
            var result = await next(context);
            await (result as IResult ?? Results.Ok(result)).ExecuteAsync(http);
            http.Response.Body = responseBody;

            if (http.Response.StatusCode >= 500)
            {
                await transaction.RollbackAsync();
            }
            else
            {
                var (completedAt, status, contentType, body) = (clock.GetUtcNow(), http.Response.StatusCode, http.Response.ContentType, buffer.ToArray());
                var location = http.Response.Headers.Location.ToString() is { Length: > 0 } given ? given : null;
                await id.Find(db).ExecuteUpdateAsync(record => record
                    .SetProperty(r => r.CompletedAt, completedAt)
                    .SetProperty(r => r.StatusCode, status)
                    .SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.Location, location)
                    .SetProperty(r => r.Body, body));
                await transaction.CommitAsync();
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(responseBody);
            return Results.Empty;
        }
        catch
        {
            http.Response.Body = responseBody;
            throw;
        }
    }

    /// <summary>
    /// Inserts the claim inside the request's transaction. Another request holding the same key holds an uncommitted
    /// row, which makes this insert wait for it; a wait longer than <see cref="ClaimWait"/> fails with
    /// lock_not_available. The wait limit is lifted again so the request's own work waits for locks as usual. One
    /// round trip: the SET statements count no rows, so the total is the insert's.
    /// </summary>
    private static async Task<bool> TryClaimAsync(DbContext db, IdempotencyRecordId id, string hash, DateTimeOffset now) =>
        await db.Database.ExecuteSqlRawAsync(
            $$"""
              SET LOCAL lock_timeout = '{{ClaimWait}}';
              INSERT INTO "{{IdempotencyRecordConfiguration.TableName}}"
                ("OrganisationId", "ClientId", "Key", "RequestHash", "StartedAt")
              VALUES ({0}, {1}, {2}, {3}, {4}) ON CONFLICT DO NOTHING;
              SET LOCAL lock_timeout = DEFAULT
              """,
            id.OrganisationId, id.ClientId, id.Key, hash, now) == 1;

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

    private static IResult Problem(int status, string detail, int? retryAfterSeconds = null) =>
        new ProblemResult(status, detail, retryAfterSeconds);

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

    private sealed class ProblemResult(int status, string detail, int? retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            if (retryAfterSeconds is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString();
            }

            return http.WriteProblemAsync(status, detail).AsTask();
        }
    }
}
