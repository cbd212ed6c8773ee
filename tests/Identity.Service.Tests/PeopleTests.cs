using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Identity.Tests;

/// <summary>
/// An organisation's administrator sees its people and changes their roles; a school's names those who read its
/// safeguarding detail beyond the DSL and the headteacher. The person's next token says so.
/// </summary>
public sealed class PeopleTests(IdentityService identity) : IClassFixture<IdentityService>
{
    private const string Administrator = "admin@demo-dales.example";

    [Fact]
    public async Task ASchoolsAdministratorNamesAPersonToReadItsSafeguardingDetailAndTheirNextTokenSaysSo()
    {
        var administrator = await identity.AsPersonAsync(Administrator);
        var stevie = await PersonAsync(administrator, "Stevie Lane");
        Assert.Equal(["staff"], stevie.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.False(stevie.GetProperty("namedForSafeguarding").GetBoolean());
        Assert.False(new JsonWebToken(await identity.PersonTokenAsync("staff@demo-dales.example")).TryGetClaim("safeguarding_reader", out _));

        var named = await OkAsync(await administrator.PutAsJsonAsync($"/api/identity/people/{stevie.GetProperty("id")}/safeguarding", new { named = true }));

        Assert.True(named.GetProperty("namedForSafeguarding").GetBoolean());
        Assert.Equal("true", new JsonWebToken(await identity.PersonTokenAsync("staff@demo-dales.example")).GetClaim("safeguarding_reader").Value);
        await OkAsync(await administrator.PutAsJsonAsync($"/api/identity/people/{stevie.GetProperty("id")}/safeguarding", new { named = false }));
        Assert.False(new JsonWebToken(await identity.PersonTokenAsync("staff@demo-dales.example")).TryGetClaim("safeguarding_reader", out _));
    }

    [Fact]
    public async Task AnAdministratorChangesAPersonsRolesToOnesTheOrganisationGivesAndTheirNextTokenCarriesThem()
    {
        var administrator = await identity.AsPersonAsync(Administrator);
        var sam = (await PersonAsync(administrator, "Sam Cole")).GetProperty("id").GetGuid();
        var ada = (await PersonAsync(administrator, "Ada Marsh")).GetProperty("id").GetGuid();

        var changed = await OkAsync(await administrator.PutAsJsonAsync($"/api/identity/people/{sam}/roles", new { roles = new[] { "senco", "attendance_lead" } }));

        Assert.Equal(["attendance_lead", "senco"], Roles(changed));
        var token = new JsonWebToken(await identity.PersonTokenAsync("senco@demo-dales.example"));
        Assert.Equal(["attendance_lead", "senco"], token.Claims.Where(claim => claim.Type == "role").Select(claim => claim.Value).Order());
        var notASchoolRole = await ProblemAssert.HasStatus(
            await administrator.PutAsJsonAsync($"/api/identity/people/{sam}/roles", new { roles = new[] { "register_staff" } }), HttpStatusCode.BadRequest);
        Assert.Contains("does not give: register_staff", Assert.Single(notASchoolRole.Errors["roles"]));
        var ownAdministrator = await ProblemAssert.HasStatus(
            await administrator.PutAsJsonAsync($"/api/identity/people/{ada}/roles", new { roles = new[] { "staff" } }), (HttpStatusCode)422);
        Assert.Contains("another administrator", ownAdministrator.Detail);
        Assert.Equal(["attendance_lead", "senco"], Roles(await PersonAsync(administrator, "Sam Cole")));
        Assert.Equal(["administrator"], Roles(await PersonAsync(administrator, "Ada Marsh")));
    }

    [Fact]
    public async Task OnlyASchoolsOwnAdministratorNamesAndOnlyItsOwnPeople()
    {
        var headteacher = await identity.AsPersonAsync("head@demo-dales.example");
        var administrator = await identity.AsPersonAsync(Administrator);
        var laAdministrator = await identity.AsPersonAsync("admin@demoshire.example");
        var anotherSchoolsHead = new JsonWebToken(await identity.PersonTokenAsync("head@demo-vale.example")).Subject;
        var stevie = (await PersonAsync(administrator, "Stevie Lane")).GetProperty("id").GetGuid();

        await ProblemAssert.HasStatus(await headteacher.GetAsync("/api/identity/people"), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await headteacher.PutAsJsonAsync($"/api/identity/people/{stevie}/safeguarding", new { named = true }), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(
            await administrator.PutAsJsonAsync($"/api/identity/people/{anotherSchoolsHead}/safeguarding", new { named = true }), HttpStatusCode.NotFound);
        var notASchool = await ProblemAssert.HasStatus(
            await laAdministrator.PutAsJsonAsync($"/api/identity/people/{stevie}/safeguarding", new { named = true }), (HttpStatusCode)422);
        Assert.Contains("Only a school", notASchool.Detail);
        Assert.DoesNotContain((await laAdministrator.GetFromJsonAsync<JsonElement>("/api/identity/people")).EnumerateArray(),
            person => person.GetProperty("name").GetString() == "Stevie Lane");
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await IdentityService.JsonAsync(response);
    }

    private static async Task<JsonElement> PersonAsync(HttpClient administrator, string name) =>
        (await administrator.GetFromJsonAsync<JsonElement>("/api/identity/people")).EnumerateArray()
        .Single(person => person.GetProperty("name").GetString() == name);

    private static IEnumerable<string?> Roles(JsonElement person) => person.GetProperty("roles").EnumerateArray().Select(role => role.GetString());
}
