using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using APPlatform.Identity.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Identity.Tests;

/// <summary>
/// An organisation's administrator invites a person with roles; the invitee's one-time link, sent to them by email,
/// makes their account.
/// </summary>
public sealed class InvitationTests(IdentityService identity, TestServers servers) : IClassFixture<IdentityService>
{
    [Fact]
    public async Task AnInviteeFollowsTheEmailedLinkChoosesANameAndPasswordAndSignsInWithTheRolesTheyWereGiven()
    {
        var email = $"new-{Guid.NewGuid():N}@demo-skills.example";
        await InviteAsync("manager@demo-skills.example", email, ["register_staff"]);
        var mail = Assert.Single(await new Mailbox(servers.Mail).WaitForAsync(email, because: "the invitation should be emailed"));
        Assert.Contains("Priya Mann has invited you", mail.Text);
        Assert.Contains("register staff", mail.Text);
        var address = new Uri(Regex.Match(mail.Text, @"http\S+/account/accept-invitation\?token=\S+").Value);
        Assert.StartsWith(IdentityService.Issuer, address.ToString(), StringComparison.Ordinal);
        var link = address.PathAndQuery;

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

    [Fact]
    public async Task WhenTheMailRelayIsDownNoInvitationIsMadeAndTheAdministratorIsToldToTryAgain()
    {
        await using var withoutRelay = await IdentityService.StartAsync(servers, new Dictionary<string, string?> { ["ConnectionStrings:mail"] = "Host=127.0.0.1;Port=9" });
        var email = $"unsent-{Guid.NewGuid():N}@demoshire.example";

        var response = await PostInvitationAsync("admin@demoshire.example", new { email, roles = new[] { "ap_team" } }, withoutRelay.CreateClient());

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("no invitation was made", problem.Detail);
        await using var scope = withoutRelay.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>().Invitations.AnyAsync(i => i.Email == email));
    }

    /// <summary>Posts an invitation as <paramref name="administrator"/>, signed in here, to this service or <paramref name="service"/> (which trusts the same keys).</summary>
    private async Task<HttpResponseMessage> PostInvitationAsync(string administrator, object body, HttpClient? service = null) =>
        await (await identity.AsPersonAsync(administrator, service)).PostAsJsonAsync("/api/identity/invitations", body);
}
