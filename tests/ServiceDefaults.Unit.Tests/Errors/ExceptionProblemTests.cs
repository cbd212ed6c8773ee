using System.Net.Sockets;
using System.Text.Json;
using APPlatform.ServiceDefaults.Correlation;
using APPlatform.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace APPlatform.ServiceDefaults.Unit.Tests.Errors;

/// <summary>
/// What a client is answered when an endpoint throws (ExceptionProblemHandler): the status each kind of refusal
/// answers, a detail that says why, and Retry-After where trying again will do. A bug is a 500 that says nothing of it.
/// </summary>
public sealed class ExceptionProblemTests
{
    private const string SameMoment = "Another change to the same record was saved at the same moment. Nothing was changed; retry.";
    private const string Unavailable = "A storage or messaging dependency is unavailable. Nothing was changed; retry shortly.";

    public static TheoryData<string, Exception, int, string, string?> Refusals => new()
    {
        { "a state that does not allow it", new StateConflictException("The case is closed."), 409, "The case is closed.", null },
        { "a role that may not", new NotPermittedException("Only the headteacher decides."), 403, "Only the headteacher decides.", null },
        { "a rule the content breaks", new RuleViolationException("'X' is not an absence code."), 422, "'X' is not an absence code.", null },
        { "what is no longer kept", new NoLongerKeptException("The body was emptied."), 410, "The body was emptied.", null },
        { "a dependency that cannot do its part", new DependencyUnavailableException("The broker's API is down."), 503, "The broker's API is down.", "5" },
        {
            "a record changed meanwhile", new DbUpdateConcurrencyException("stale"), 409,
            "The record was changed by someone else while this request was made. Read it again and retry.", "5"
        },
        { "a lost race to add the same record", new DbUpdateException("dup", Postgres(PostgresErrorCodes.UniqueViolation)), 409, SameMoment, "5" },
        { "a database that is down", new NpgsqlException("connect", new SocketException((int)SocketError.ConnectionRefused)), 503, Unavailable, "5" },
        { "a query that timed out", new DbUpdateException("save", new TimeoutException()), 503, Unavailable, "5" },
        { "a body too large", new BadHttpRequestException("Request body too large.", 413), 413, "Request body too large.", null },
        {
            "malformed JSON", new BadHttpRequestException("Failed to read parameter \"body\" from the request body as JSON.", 400, new JsonException("'}' is invalid.")),
            400, "Failed to read parameter \"body\" from the request body as JSON. '}' is invalid.", null
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task EachRefusalAnswersItsStatusWithTheReasonAndRetryAfterWhereRetryingWillDo(
        string refusal, Exception thrown, int status, string detail, string? retryAfter)
    {
        var context = await HandleAsync(thrown);

        var problem = context.Problem();
        Assert.True(status == context.Status, $"{refusal}: {context.Status}");
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(retryAfter, context.RetryAfter);
    }

    public static TheoryData<string, Exception> Bugs => new()
    {
        { "an exception of no known kind", new InvalidOperationException("Sequence contains no elements (pupil 4411)") },
        { "a database error that is not a lost race", new DbUpdateException("fk", Postgres(PostgresErrorCodes.ForeignKeyViolation)) },
    };

    [Theory]
    [MemberData(nameof(Bugs))]
    public async Task ABugIsA500ThatTellsTheClientNothingOfIt(string bug, Exception thrown)
    {
        var context = await HandleAsync(thrown);

        var problem = context.Problem();
        Assert.True(context.Status == 500, $"{bug}: {context.Status}");
        Assert.Equal("Internal Server Error.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(thrown.Message, problem.GetRawText());
        Assert.Null(context.RetryAfter);
    }

    /// <summary>RFC 9457: type, title, status and detail; and the correlation id, to quote to support.</summary>
    [Fact]
    public async Task TheProblemHasTheRfc9457MembersAndTheCorrelationId()
    {
        CorrelationId.Current = "portal-7f3a";

        var problem = (await HandleAsync(new RuleViolationException("'X' is not an absence code."))).Problem();

        Assert.Equal("https://tools.ietf.org/html/rfc4918#section-11.2", problem.GetProperty("type").GetString());
        Assert.Equal("Unprocessable Entity", problem.GetProperty("title").GetString());
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("'X' is not an absence code.", problem.GetProperty("detail").GetString());
        Assert.Equal("portal-7f3a", problem.GetProperty("correlationId").GetString());
    }

    private static async Task<ProblemContext> HandleAsync(Exception thrown)
    {
        var context = new ProblemContext();
        Assert.True(await new ExceptionProblemHandler().TryHandleAsync(context.Http, thrown, CancellationToken.None));
        return context;
    }

    private static PostgresException Postgres(string sqlState) => new("violation", "ERROR", "ERROR", sqlState);
}
