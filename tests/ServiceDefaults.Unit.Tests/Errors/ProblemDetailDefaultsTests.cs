using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace APPlatform.ServiceDefaults.Unit.Tests.Errors;

/// <summary>
/// A problem the framework answers by itself (a bare 404, a 415, a validation 400) still tells the client what is wrong
/// and names a type (ProblemDetailDefaults), as every problem the platform writes does.
/// </summary>
public sealed class ProblemDetailDefaultsTests
{
    [Theory]
    [InlineData(400, "The request is not valid.")]
    [InlineData(401, "The request needs a valid access token (Authorization: Bearer).")]
    [InlineData(403, "The caller's token does not allow this.")]
    [InlineData(404, "Nothing here: no such route, or no record with this id that the caller may see (ids are GUIDs).")]
    [InlineData(405, "This route does not take DELETE.")]
    [InlineData(413, "The request body is larger than the platform takes.")]
    [InlineData(415, "Send the body as JSON (Content-Type: application/json).")]
    [InlineData(429, "Too many requests: wait as Retry-After says, then try again.")]
    [InlineData(418, "I'm a teapot.")]
    public async Task AProblemWithoutADetailIsGivenOneThatSaysWhatIsWrong(int status, string detail)
    {
        var context = new ProblemContext("DELETE");

        await context.WriteAsync(new ProblemDetails { Status = status });

        Assert.Equal(detail, context.Problem().GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ADetailGivenIsKept()
    {
        var context = new ProblemContext();

        await context.WriteAsync(new ProblemDetails { Status = 404, Detail = "No referral 42 for this school." });

        Assert.Equal("No referral 42 for this school.", context.Problem().GetProperty("detail").GetString());
    }

    /// <summary>The framework names the RFC that defines the status; 429 is RFC 6585's; one neither names is "about:blank" (RFC 9457 §4.2.1).</summary>
    [Theory]
    [InlineData(404, "https://tools.ietf.org/html/rfc9110#section-15.5.5")]
    [InlineData(429, "https://www.rfc-editor.org/rfc/rfc6585#section-4")]
    [InlineData(451, "about:blank")]
    public async Task EveryProblemNamesItsType(int status, string type)
    {
        var context = new ProblemContext();

        await context.WriteAsync(new ProblemDetails { Status = status });

        Assert.Equal(type, context.Problem().GetProperty("type").GetString());
    }

    /// <summary>Validation names C# members; the client knows the JSON field path, and the detail lists the fields.</summary>
    [Fact]
    public async Task AValidationProblemNamesTheFieldsAsTheJsonDoes()
    {
        var context = new ProblemContext();

        await context.WriteAsync(new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["Pupil.DateOfBirth"] = ["The date of birth is in the future."],
            ["StartDate"] = ["The start date is required."],
        }) { Status = 400 });

        var problem = context.Problem();
        Assert.Equal(["pupil.dateOfBirth", "startDate"], problem.GetProperty("errors").EnumerateObject().Select(field => field.Name).Order());
        Assert.Equal("Some fields are not valid (pupil.dateOfBirth, startDate): see errors.", problem.GetProperty("detail").GetString());
    }
}
