using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace APPlatform.Notifications.Tests;

/// <summary>What Notification.Service asked of the token issuer (the form) or of Referral.Service (path and bearer token).</summary>
public sealed record StandInCall(string Path, string? Authorization, IReadOnlyDictionary<string, string> Form);

/// <summary>
/// The token issuer and Referral.Service as Notification.Service sees them when it fetches a letter: a real HTTP server
/// on loopback that hands out a token naming the form's placement, serves any placement's letter and one carer, and
/// records every call, so a test sees what was asked for and with which token.
/// </summary>
public sealed class ReferralStandIn : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<StandInCall> calls = new();

    private ReferralStandIn(WebApplication app) => this.app = app;

    public string Url => app.Urls.First();

    public string CarerEmail { get; } = $"carer-{Guid.NewGuid():N}@example.org";

    public IReadOnlyList<StandInCall> Calls => [.. calls];

    public static async Task<ReferralStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var standIn = new ReferralStandIn(builder.Build());
        standIn.app.MapPost("/connect/token", (Delegate)standIn.IssueAsync);
        standIn.app.MapGet("/api/placements/{id:guid}/parent-notification/letter", (HttpContext context, Guid id) =>
            standIn.Serve(context, Results.Content($"<p>The letter of placement {id}</p>", "text/html")));
        standIn.app.MapGet("/api/placements/{id:guid}/parent-notification/recipients", (HttpContext context) =>
            standIn.Serve(context, Results.Json(new[] { new { name = "Sam Example", email = standIn.CarerEmail } })));
        await standIn.app.StartAsync();
        return standIn;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> IssueAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(field => field.Key, field => field.Value.ToString());
        calls.Enqueue(new StandInCall(context.Request.Path, null, form));
        return Results.Json(new { access_token = $"letter-{form.GetValueOrDefault("placement_id")}", token_type = "Bearer", expires_in = 900 });
    }

    private IResult Serve(HttpContext context, IResult answer)
    {
        calls.Enqueue(new StandInCall(context.Request.Path, context.Request.Headers.Authorization, new Dictionary<string, string>()));
        return answer;
    }
}
