using System.Net.Http.Json;
using APPlatform.Contracts.Providers;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>ProviderDocumentExpiring, raised ahead of expiry from a deadline kept in the database.</summary>
public sealed class DocumentExpiryTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();

    [Fact]
    public async Task InsuranceExpiringWithinTheNoticePeriodIsAnnouncedOnce()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var expiring = await listener.SubscribeAsync<ProviderDocumentExpiring>();
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Insured Until Soon"));
        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(12);

        await directory.As(localAuthority).PutAsJsonAsync($"/api/directory/providers/{provider}/documents/insurance",
            new { seen = true, link = "https://docs.example.org/insurance.pdf", seenOn = "2026-01-01", expiresOn });

        var notice = await Eventually.Until(() => Task.FromResult(expiring.Where(e => e.Message.ProviderId == provider).ToList()), e => e.Count > 0,
            because: "the 30-day notice is already due");
        Assert.Equal("insurance", notice.Single().Message.DocumentType);
        Assert.Equal(expiresOn, notice.Single().Message.ExpiresOn);
        await Task.Delay(1000);
        Assert.Single(expiring, e => e.Message.ProviderId == provider);
    }

    [Fact]
    public async Task ADocumentExpiringLaterIsScheduledForItsNoticeDayAndRescheduledWhenRenewed()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Insured For Ages"));
        var client = directory.As(localAuthority);
        var url = $"/api/directory/providers/{provider}/documents/letter_of_comfort";

        await client.PutAsJsonAsync(url, new { seen = true, seenOn = "2026-01-01", expiresOn = "2027-06-30" });
        var first = await PendingAsync(provider);
        await client.PutAsJsonAsync(url, new { seen = true, seenOn = "2026-01-01", expiresOn = "2028-06-30" });
        var renewed = await PendingAsync(provider);
        await client.PutAsJsonAsync(url, new { seen = false });

        Assert.Equal(new DateTimeOffset(2027, 5, 31, 7, 0, 0, TimeSpan.Zero), first.Single().DueAt);
        Assert.Equal(new DateTimeOffset(2028, 5, 31, 7, 0, 0, TimeSpan.Zero), renewed.Single().DueAt);
        Assert.Empty(await PendingAsync(provider));
    }

    private Task<List<Deadline>> PendingAsync(Guid provider) =>
        directory.WithDbAsync(db => db.Set<Deadline>().Where(d => d.Subject.StartsWith(provider.ToString()) && d.FiredAt == null).ToListAsync());
}
