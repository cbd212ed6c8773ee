using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.TestSupport.Bola;

/// <summary>
/// Runs one row of a service's matrix (OWASP API1, broken object-level authorisation): every demo organisation calls
/// the route on a record of its own and on a record of the organisation it attacks, and each answer is checked
/// against the row. Refusals are checked first, so a hole shows before anything the row allows changes the records.
/// </summary>
public sealed class BolaMatrix(Func<TestCaller, HttpClient> clientFor, Func<DemoOrganisation, BolaRecords?> recordsOf)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>Every operation in the service's OpenAPI document, as "METHOD /path/{param}".</summary>
    public static async Task<IReadOnlyList<string>> OperationsAsync(HttpClient client, string openApiPath)
    {
        var document = await client.GetFromJsonAsync<JsonElement>(openApiPath);
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name))
                .Select(o => $"{o.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
    }

    public async Task AssertAsync(string operation, BolaRow row)
    {
        var failures = new List<string>();
        var checks = 0;
        if (row.Other.Rule != OtherRule.NoRecord)
        {
            foreach (var organisation in DemoOrganisations.All.Where(o => o.Attacks is not null))
            {
                if (recordsOf(DemoOrganisations.Named(organisation.Attacks!)) is { } other && other != recordsOf(organisation))
                {
                    checks++;
                    await CheckOtherAsync(operation, row, organisation, other, failures);
                }
            }
        }

        foreach (var organisation in DemoOrganisations.All)
        {
            if (recordsOf(organisation) is { } own)
            {
                checks++;
                await CheckOwnAsync(operation, row, organisation, own, failures);
            }
        }

        Assert.True(checks > 0, $"{operation}: no organisation has a record to try it on.");
        Assert.True(failures.Count == 0, $"{operation}:\n{string.Join('\n', failures)}");
    }

    private async Task CheckOtherAsync(string operation, BolaRow row, DemoOrganisation organisation, BolaRecords other, List<string> failures)
    {
        var (status, body) = await SendAsync(operation, row, organisation, other);
        var who = $"{organisation} on {organisation.Attacks}'s record: {status}";
        var leaked = other.Secrets.Where(body.Contains).ToList();
        switch (row.Other.Rule)
        {
            case OtherRule.Denied when !IsRefusal(status) || leaked.Count > 0:
                failures.Add($"{who}, expected 403 or 404{Leak(leaked)} {Brief(body)}");
                break;
            case OtherRule.NotListed when IsSuccess(status) && (Reveals(body, other, row) || leaked.Count > 0):
                failures.Add($"{who}, lists {organisation.Attacks}'s {row.Other.Detail}{Leak(leaked)}");
                break;
            case OtherRule.NotListed when !IsSuccess(status) && !IsRefusal(status):
                failures.Add($"{who}, expected its own listing or a refusal {Brief(body)}");
                break;
            case OtherRule.Shared when row.Other.SharedWith.Contains(organisation.Type) && !IsAllowed(status):
                failures.Add($"{who}, expected allowed: {row.Other.Detail} {Brief(body)}");
                break;
            case OtherRule.Shared when !row.Other.SharedWith.Contains(organisation.Type) && !IsRefusal(status)
                                       && !(IsCollection(operation, row) && IsSuccess(status) && !Reveals(body, other, row)):
                failures.Add($"{who}, expected 403 or 404, or nothing of the record {Brief(body)}");
                break;
        }
    }

    private async Task CheckOwnAsync(string operation, BolaRow row, DemoOrganisation organisation, BolaRecords own, List<string> failures)
    {
        var (status, body) = await SendAsync(operation, row, organisation, own);
        if (!row.Own.Types.Contains(organisation.Type))
        {
            if (!IsRefusal(status) && !(IsCollection(operation, row) && IsSuccess(status) && !Reveals(body, own, row)))
            {
                var orNothing = IsCollection(operation, row) ? ", or nothing of the record" : "";
                failures.Add($"{organisation} on its own record: {status}, expected 403 or 404{orNothing} {Brief(body)}");
            }
        }
        else if (!IsAllowed(status))
        {
            failures.Add($"{organisation} on its own record: {status}, expected allowed {Brief(body)}");
        }
        else if (row.Other.Rule == OtherRule.NotListed && !body.Contains(own[row.Other.Detail]))
        {
            failures.Add($"{organisation} on its own record: {status}, but its listing lacks its own {row.Other.Detail} {Brief(body)}");
        }
    }

    private async Task<(int Status, string Body)> SendAsync(string operation, BolaRow row, DemoOrganisation organisation, BolaRecords records)
    {
        var (method, template) = (operation[..operation.IndexOf(' ')], operation[(operation.IndexOf(' ') + 1)..]);
        var request = new HttpRequestMessage(new HttpMethod(method), records.Fill(method, template));
        if (row.Body is { } body)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body.Body(records), JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        }

        if (request.Method == HttpMethod.Post)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        if (organisation.Type == OrganisationType.PlatformAdmin)
        {
            request.Headers.Add("X-Access-Reason", "BOLA matrix: checking who reaches this record");
        }

        var response = await clientFor(organisation.Caller).SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Past the access check: a 2xx, or a 4xx about the request or the record's state (400, 409, 410, 422, 429).</summary>
    private static bool IsAllowed(int status) => status < 500 && !IsRefusal(status) && status != (int)HttpStatusCode.Unauthorized;

    /// <summary>A listing (or a route that names no record), where a type the row does not name may get an answer holding none of it.</summary>
    private static bool IsCollection(string operation, BolaRow row) => row.Other.Rule == OtherRule.NotListed || !operation.Contains('{');

    /// <summary>Whether an answer holds the record: its id where the route lists records, or one of its secrets.</summary>
    private static bool Reveals(string body, BolaRecords records, BolaRow row) =>
        (row.Other.Rule == OtherRule.NotListed && body.Contains(records[row.Other.Detail])) || records.Secrets.Any(body.Contains);

    private static bool IsRefusal(int status) => status is (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.NotFound;

    private static bool IsSuccess(int status) => status is >= 200 and < 300;

    private static string Leak(List<string> leaked) => leaked.Count == 0 ? "" : $", and the answer holds {string.Join(", ", leaked)}";

    private static string Brief(string body) => body.Length == 0 ? "" : $"({body[..Math.Min(body.Length, 300)]})";
}
