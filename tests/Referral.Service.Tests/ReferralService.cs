using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.Referrals.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// Referral.Service on its own database and broker namespace, with a bus to play Directory.Service (its provider and
/// audit events) and to hear what Referral.Service publishes. Deadlines are checked every 200 ms.
/// </summary>
public sealed class ReferralService(TestServers servers)
    : ServiceUnderTest<ReferralDbContext>(servers, ReferralServiceExtensions.DatabaseName, new Dictionary<string, string?> { ["Scheduling:PollInterval"] = "00:00:00.200" })
{
    public TestBus Bus { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Bus = await TestBus.StartAsync(Servers.Messaging, EntityPrefix);
    }

    /// <summary>
    /// A provider the directory has told Referral.Service about over RabbitMQ, with a completed audit by
    /// <paramref name="auditor"/> if given; waits until the read model has it.
    /// </summary>
    public async Task<Guid> ProviderAsync(
        bool registered = false, TestCaller? auditor = null, bool suitable = true, bool shared = true, DateOnly? auditValidUntil = null, Guid? providerId = null,
        string? urn = null)
    {
        var id = providerId ?? Guid.NewGuid();
        await Bus.PublishAsync(new ProviderListed(id, $"Provider {id:N}"[..17], registered, DateTimeOffset.UtcNow, urn));
        if (auditor is not null)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await Bus.PublishAsync(new ProviderAuditCompleted(Guid.NewGuid(), id, auditor.OrganisationId, auditor.TrustId, auditor.LocalAuthorityId, shared, suitable,
                today.AddDays(-10), auditValidUntil ?? today.AddDays(355), DateTimeOffset.UtcNow));
        }

        await Eventually.Until(() => WithDbAsync(db => db.Providers.AnyAsync(p => p.ProviderId == id)), known => known, because: "the directory's event should arrive");
        if (auditor is not null)
        {
            await Eventually.Until(() => WithDbAsync(db => db.Audits.AnyAsync(a => a.ProviderId == id)), known => known, because: "the audit event should arrive");
        }

        return id;
    }

    public async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CreatedBodyAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
