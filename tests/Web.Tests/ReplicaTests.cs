using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace APPlatform.Web.Tests;

/// <summary>
/// Replicas share one key ring, in Redis: a person signed in on one replica is signed in on every other. (On one
/// machine the default ring in the home directory would be shared too; replicas in containers share no directory.)
/// </summary>
public sealed class ReplicaTests(Browser browser)
{
    [Fact]
    public async Task ASignInCookieMadeByOneReplicaOpensOnAnother()
    {
        await using var another = new WebAppServer(browser.Servers.Cache);
        var signedIn = new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "Alex Turner")], "test")), CookieAuthenticationDefaults.AuthenticationScheme);

        var cookie = Cookies(browser.App).Protect(signedIn);
        var opened = Cookies(another).Unprotect(cookie);

        Assert.Equal("Alex Turner", opened?.Principal.FindFirstValue("name"));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(browser.Servers.Cache);
        Assert.Contains(await redis.GetDatabase().ListRangeAsync(WebExtensions.DataProtectionKeys), key => key.ToString().Contains("<key id="));
    }

    private static ISecureDataFormat<AuthenticationTicket> Cookies(WebAppServer replica) =>
        replica.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
}
