using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Model.Threshold;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>The watch over real RabbitMQ: placement events in, threshold events out, counted across commissioners.</summary>
public sealed class RegistrationThresholdWatchTests(DirectoryService directory) : IClassFixture<DirectoryService>, IAsyncLifetime
{
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();
    private TestBus bus = null!;
    private IReadOnlyCollection<(Guid MessageId, ProviderRegistrationThresholdAtRisk Message)> atRisk = null!;
    private IReadOnlyCollection<(Guid MessageId, ProviderRegistrationThresholdBreached Message)> breached = null!;

    public async ValueTask InitializeAsync()
    {
        bus = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        atRisk = await bus.SubscribeAsync<ProviderRegistrationThresholdAtRisk>();
        breached = await bus.SubscribeAsync<ProviderRegistrationThresholdBreached>();
    }

    public async ValueTask DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task FourFullTimePupilsFromDifferentSchoolsPutAnUnregisteredProviderAtRiskAndAFifthBreachesOnce()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Busy Vocational Centre"));

        for (var i = 0; i < 4; i++)
        {
            await StartAsync(Placement(provider, hours: 20));
        }

        var warning = await Eventually.Until(() => Task.FromResult(atRisk.Where(e => e.Message.ProviderId == provider).ToList()), e => e.Count > 0, because: "at risk at 4");
        Assert.Equal(4, warning.Single().Message.FullTimePupils);
        Assert.Equal(localAuthority.OrganisationId, warning.Single().Message.LocalAuthorityId);

        await StartAsync(Placement(provider, hours: 18));
        await StartAsync(Placement(provider, hours: 25));

        await Eventually.Until(() => Task.FromResult(breached.Count(e => e.Message.ProviderId == provider)), n => n > 0, because: "breached at 5");
        // Once all six placements are recorded, any threshold event they raised is in the outbox with them.
        await Eventually.Until(() => directory.WithDbAsync(db => db.Placements.CountAsync(p => p.ProviderId == provider)), n => n == 6,
            because: "every placement should be recorded");
        Assert.Single(await directory.QueuedEventsAsync<ProviderRegistrationThresholdBreached>(), e => e.ProviderId == provider);
        Assert.Single(await directory.QueuedEventsAsync<ProviderRegistrationThresholdAtRisk>(), e => e.ProviderId == provider);
    }

    [Fact]
    public async Task OneFullTimeLookedAfterPupilBreachesAtOnce()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Small Therapeutic Farm"));

        await StartAsync(Placement(provider, hours: 12, fullTime: true, lookedAfter: true));

        var breach = await Eventually.Until(() => Task.FromResult(breached.Where(e => e.Message.ProviderId == provider).ToList()), e => e.Count > 0, because: "breached by one LAC pupil");
        Assert.Equal(1, breach.Single().Message.FullTimeLookedAfterOrEhcpPupils);
        Assert.Equal(localAuthority.OrganisationId, breach.Single().Message.LocalAuthorityId);
    }

    [Fact]
    public async Task PartTimePupilsAndRegisteredSchoolsNeverTripTheThreshold()
    {
        var unregistered = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Part Time Tuition"));
        var registered = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Registered AP School", registration: DirectorySamples.Registered("149601")));

        for (var i = 0; i < 6; i++)
        {
            await StartAsync(Placement(unregistered, hours: 9));
            await StartAsync(Placement(registered, hours: 25, lookedAfter: true));
        }

        // Once all twelve placements are recorded, any threshold event would already be in the outbox with them.
        await Eventually.Until(() => directory.WithDbAsync(db => db.Placements.CountAsync(p => p.ProviderId == unregistered || p.ProviderId == registered)),
            n => n == 12, because: "every placement should be recorded");
        var queued = await directory.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.MessageType.Contains("RegistrationThreshold")).Select(m => m.Body).ToListAsync());
        Assert.DoesNotContain(queued, body => body.Contains(unregistered.ToString()) || body.Contains(registered.ToString()));
    }

    [Fact]
    public async Task APlacementReferralServiceCallsPartTimeIsNotCountedWhateverItsHours()
    {
        // With Referral:FullTimeHoursPerWeek raised to 25, Referral.Service sends 20 hours a week as part time: the
        // directory must not count it as full time by a second, lower definition of its own.
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Raised Threshold Workshop"));

        for (var i = 0; i < 5; i++)
        {
            await StartAsync(Placement(provider, hours: 20, fullTime: false));
        }

        await Eventually.Until(() => directory.WithDbAsync(db => db.Placements.CountAsync(p => p.ProviderId == provider)),
            n => n == 5, because: "every placement should be recorded");
        Assert.Equal(0, await directory.WithDbAsync(db => db.Placements.CountAsync(p => p.ProviderId == provider && p.IsFullTime)));
        var queued = await directory.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.MessageType.Contains("RegistrationThreshold")).Select(m => m.Body).ToListAsync());
        Assert.DoesNotContain(queued, body => body.Contains(provider.ToString()));
    }

    [Fact]
    public async Task AnEndedPlacementNoLongerCountsAndALaterRiseIsAnnouncedAgain()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Coming And Going"));
        var placements = Enumerable.Range(0, 4).Select(_ => Placement(provider, hours: 20)).ToList();
        foreach (var placement in placements)
        {
            await StartAsync(placement);
        }

        await Eventually.Until(() => Task.FromResult(atRisk.Count(e => e.Message.ProviderId == provider)), n => n == 1, because: "first rise");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await bus.PublishAsync(new PlacementEnded(placements[0].PlacementId, placements[0].PupilId, placements[0].SchoolId, null, provider,
            today.AddDays(-30), "reintegrated", DateTimeOffset.UtcNow));
        await bus.PublishAsync(new PlacementChanged(placements[1] with { HoursPerWeek = 10, IsFullTime = false }, DateTimeOffset.UtcNow));
        // Each event type has its own queue, so wait for the fall before the rise or they may interleave.
        await Eventually.Until(() => directory.WithDbAsync(db => db.Placements.CountAsync(p => p.ProviderId == provider && p.IsFullTime && p.EndDate > today)),
            n => n == 2, because: "one pupil left and one went part-time");
        Assert.Equal(ThresholdLevel.Clear, await directory.WithDbAsync(db => db.ThresholdAlerts.Where(a => a.ProviderId == provider).Select(a => a.Level).SingleAsync()));
        await StartAsync(Placement(provider, hours: 19));
        await StartAsync(Placement(provider, hours: 19));

        await Eventually.Until(() => Task.FromResult(atRisk.Count(e => e.Message.ProviderId == provider)), n => n == 2, because: "fell below, then rose again");
    }

    [Fact]
    public async Task TheLocalAuthorityKeepingAProviderSeesItOnTheWatchWithItsPupilsAndNoOtherLocalAuthorityDoes()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Watched Riding School"));

        await StartAsync(Placement(provider, hours: 20, lookedAfter: true));
        await StartAsync(Placement(provider, hours: 6));

        var entry = await Eventually.Until(async () =>
                (await directory.As(localAuthority).GetFromJsonAsync<List<JsonElement>>("/api/directory/threshold-watch"))!
                    .Where(e => e.GetProperty("providerId").GetGuid() == provider).ToList(),
            entries => entries.Count == 1, because: "the placements reach the watch");
        Assert.Equal("breached", entry.Single().GetProperty("level").GetString());
        Assert.Equal(1, entry.Single().GetProperty("fullTimePupils").GetInt32());
        Assert.Equal(1, entry.Single().GetProperty("fullTimeLookedAfterOrEhcpPupils").GetInt32());
        var elsewhere = await directory.As(TestCaller.LocalAuthority()).GetFromJsonAsync<List<JsonElement>>("/api/directory/threshold-watch");
        Assert.DoesNotContain(elsewhere!, e => e.GetProperty("providerId").GetGuid() == provider);
        await ProblemAssert.HasStatus(await directory.As(TestCaller.School()).GetAsync("/api/directory/threshold-watch"), System.Net.HttpStatusCode.Forbidden);
    }

    private Task StartAsync(PlacementDetails placement) => bus.PublishAsync(new PlacementStarted(placement, DateTimeOffset.UtcNow));

    /// <param name="fullTime">What Referral.Service says; by default as its default rule would (18 hours a week or more).</param>
    private static PlacementDetails Placement(Guid provider, decimal hours, bool? fullTime = null, bool lookedAfter = false, bool hasEhcPlan = false)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new PlacementDetails(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "school", Guid.NewGuid(), provider, null,
            "approved_activity", today.AddDays(-7), today.AddMonths(3),
            [new TimetabledSession(DayOfWeek.Monday, "AM", new TimeOnly(9, 30), new TimeOnly(12, 30))], hours, fullTime ?? hours >= 18, lookedAfter, hasEhcPlan);
    }
}
