using System.Net.Http.Json;
using APPlatform.Contracts.Providers;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// ProviderDocumentExpiring, raised ahead of expiry from a deadline kept in the database. The tests move the service's
/// clock on and run what fell due, so dates are taken from that clock.
/// </summary>
public sealed class DocumentExpiryTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();

    [Fact]
    public async Task InsuranceExpiringWithinTheNoticePeriodIsAnnouncedOnce()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var expiring = await listener.SubscribeAsync<ProviderDocumentExpiring>();
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Insured Until Soon"));
        var expiresOn = directory.Clock.TodayInEngland().AddDays(12);

        await directory.As(localAuthority).PutAsJsonAsync($"/api/directory/providers/{provider}/documents/insurance",
            new { seen = true, link = "https://docs.example.org/insurance.pdf", seenOn = "2026-01-01", expiresOn });

        var notice = await Eventually.Until(() => Task.FromResult(expiring.Where(e => e.Message.ProviderId == provider).ToList()), e => e.Count > 0,
            because: "the 30-day notice is already due");
        Assert.Equal("insurance", notice.Single().Message.DocumentType);
        Assert.Equal(expiresOn, notice.Single().Message.ExpiresOn);
        // Past the expiry itself, nothing else falls due for it.
        directory.Clock.Advance(TimeSpan.FromDays(13));
        await directory.RunDueDeadlinesAsync();
        Assert.Single(await directory.QueuedEventsAsync<ProviderDocumentExpiring>(), e => e.ProviderId == provider);
    }

    [Fact]
    public async Task ANoticeIsRaisedOnItsNoticeDayAndNotBefore()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Insured For Six Weeks"));
        var expiresOn = directory.Clock.TodayInEngland().AddDays(40);
        await directory.As(localAuthority).PutAsJsonAsync($"/api/directory/providers/{provider}/documents/insurance",
            new { seen = true, link = "https://docs.example.org/insurance.pdf", seenOn = "2026-01-01", expiresOn });

        await directory.RunDueDeadlinesAsync();
        var tenDaysBefore = await directory.QueuedEventsAsync<ProviderDocumentExpiring>();
        directory.Clock.Advance(TimeSpan.FromDays(11));
        await directory.RunDueDeadlinesAsync();
        var onTheDay = await directory.QueuedEventsAsync<ProviderDocumentExpiring>();

        Assert.DoesNotContain(tenDaysBefore, e => e.ProviderId == provider);
        Assert.Equal(expiresOn, Assert.Single(onTheDay, e => e.ProviderId == provider).ExpiresOn);
    }

    [Fact]
    public async Task ADocumentExpiringLaterIsScheduledForItsNoticeDayAndRescheduledWhenRenewed()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Insured For Ages"));
        var client = directory.As(localAuthority);
        var url = $"/api/directory/providers/{provider}/documents/letter_of_comfort";
        var expiresOn = directory.Clock.TodayInEngland().AddYears(1);

        await client.PutAsJsonAsync(url, new { seen = true, seenOn = "2026-01-01", expiresOn });
        var first = await PendingAsync(provider);
        await client.PutAsJsonAsync(url, new { seen = true, seenOn = "2026-01-01", expiresOn = expiresOn.AddYears(1) });
        var renewed = await PendingAsync(provider);
        await client.PutAsJsonAsync(url, new { seen = false });

        Assert.Equal((expiresOn.AddDays(-30), new TimeOnly(8, 0)), InEngland(first.Single().DueAt));
        Assert.Equal((expiresOn.AddYears(1).AddDays(-30), new TimeOnly(8, 0)), InEngland(renewed.Single().DueAt));
        Assert.Empty(await PendingAsync(provider));
    }

    private static (DateOnly, TimeOnly) InEngland(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, England).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    private Task<List<Deadline>> PendingAsync(Guid provider) =>
        directory.WithDbAsync(db => db.Set<Deadline>().Where(d => d.Subject.StartsWith(provider.ToString()) && d.FiredAt == null).ToListAsync());
}
