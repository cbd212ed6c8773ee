using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Identity.Tests;

/// <summary>An organisation's administrator invites a person with roles; the invitee's one-time link makes their account.</summary>
public sealed class InvitationTests(IdentityService identity) : IClassFixture<IdentityService>
{
    [Fact]
    public async Task AnInviteeChoosesANameAndPasswordAndSignsInWithTheRolesTheyWereGiven()
    {
        var email = $"new-{Guid.NewGuid():N}@demo-skills.example";
        var invitation = await InviteAsync("manager@demo-skills.example", email, ["register_staff"]);
        var link = invitation.GetProperty("link").GetString()!;
        Assert.StartsWith("/account/accept-invitation?token=", link, StringComparison.Ordinal);

        var browser = new Browser(identity);
        var accepted = await browser.SubmitAsync(link, AccountForm("Nina New", "a-long-enough-password"), tokenField: "Token");

        Assert.Contains("Your account is ready", await accepted.Content.ReadAsStringAsync());
        await using var service = await ServiceThatVerifies.StartAsync(IdentityService.PublicKeyPem);
        var signedIn = new Browser(identity);
        var tokens = await OAuthAssert.IsOk(await signedIn.RedeemAsync(await signedIn.AuthorizationCodeAsync(email, "a-long-enough-password")));
        var (_, caller) = await service.CallerAsync(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal("9d000000-0000-0000-0000-000000000001", caller.GetProperty("organisationId").GetString());
        Assert.Equal("Nina New", caller.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(["register_staff"], caller.GetProperty("person").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task AnInvitationLinkWorksOnce()
    {
        var invitation = await InviteAsync("admin@demoshire.example", $"once-{Guid.NewGuid():N}@demoshire.example", ["ap_team"]);
        var link = invitation.GetProperty("link").GetString()!;
        await new Browser(identity).SubmitAsync(link, AccountForm("Olly Once", "a-long-enough-password"), tokenField: "Token");

        var again = await new Browser(identity).GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This invitation link cannot be used", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnInvitationLinkExpiresAfterSevenDays()
    {
        var invitation = await InviteAsync("admin@demoshire.example", $"late-{Guid.NewGuid():N}@demoshire.example", ["ap_team"]);
        var id = invitation.GetProperty("id").GetGuid();
        Assert.InRange(invitation.GetProperty("expiresAt").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
        await identity.WithDbAsync(db => db.Invitations.Where(i => i.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var response = await new Browser(identity).GetAsync(invitation.GetProperty("link").GetString()!);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task ARoleTheOrganisationDoesNotGiveIsRefusedWithTheFieldNamed()
    {
        var response = await PostInvitationAsync("admin@demo-dales.example", new { email = "x@demo-dales.example", roles = new[] { "register_staff" } });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("roles", problem.Errors.Keys);
    }

    [Fact]
    public async Task AMissingEmailAndNoRolesAreRefusedTogether()
    {
        var response = await PostInvitationAsync("admin@demo-dales.example", new { email = "not an address", roles = Array.Empty<string>() });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Equal(["email", "roles"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task OnlyAnAdministratorInvites()
    {
        var response = await PostInvitationAsync("head@demo-dales.example", new { email = "y@demo-dales.example", roles = new[] { "staff" } });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ASystemClientCannotInvite()
    {
        var client = identity.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await identity.ClientTokenAsync("demo-admin"));

        var response = await client.PostAsJsonAsync("/api/identity/invitations", new { email = "z@applatform.example", roles = new[] { "administrator" } });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SomeoneWhoAlreadyHasAnAccountIsNotInvitedAgain()
    {
        var response = await PostInvitationAsync("admin@demo-dales.example", new { email = "dsl@demo-dales.example", roles = new[] { "dsl" } });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Conflict);
    }

    private static Dictionary<string, string> AccountForm(string name, string password) => new()
    {
        ["Name"] = name, ["Password"] = password, ["ConfirmPassword"] = password,
    };

    private async Task<JsonElement> InviteAsync(string administrator, string email, string[] roles)
    {
        var response = await PostInvitationAsync(administrator, new { email, roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> PostInvitationAsync(string administrator, object body)
    {
        var browser = new Browser(identity);
        var tokens = await OAuthAssert.IsOk(await browser.RedeemAsync(await browser.AuthorizationCodeAsync(administrator, IdentityService.DemoPassword)));
        var client = identity.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return await client.PostAsJsonAsync("/api/identity/invitations", body);
    }
}
