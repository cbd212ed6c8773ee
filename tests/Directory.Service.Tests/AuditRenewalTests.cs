using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Deadlines;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// ProviderAuditExpiring, the re-audit reminder a month before an audit stops being valid, from a deadline kept in the
/// database. The tests move the service's clock on and run what fell due.
/// </summary>
public sealed class AuditRenewalTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private static readonly Guid Area = Guid.NewGuid();
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority(Area);

    private TestCaller School() => TestCaller.School(Guid.NewGuid(), null, Area);

    [Fact]
    public async Task AMonthBeforeAnAuditStopsBeingValidItsAuthorAndLocalAuthorityAreReminded()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Due A Visit"));
        var school = School();
        var audit = await CompletedAudits.CreateAsync(directory, school, provider, registered: false, suitable: true);
        var validUntil = directory.Clock.TodayInEngland().AddDays(365);

        directory.Clock.Advance(TimeSpan.FromDays(330));
        await directory.RunDueDeadlinesAsync();
        var fiveWeeksBefore = await directory.QueuedEventsAsync<ProviderAuditExpiring>();
        directory.Clock.Advance(TimeSpan.FromDays(6));
        await directory.RunDueDeadlinesAsync();
        var reminded = Assert.Single(await directory.QueuedEventsAsync<ProviderAuditExpiring>(), e => e.AuditId == audit);

        Assert.DoesNotContain(fiveWeeksBefore, e => e.AuditId == audit);
        Assert.Equal((provider, school.OrganisationId, "school", (Guid?)Area),
            (reminded.ProviderId, reminded.AuthorOrganisationId, reminded.AuthorType, reminded.LocalAuthorityId));
        Assert.InRange(reminded.ValidUntil, validUntil.AddDays(-1), validUntil);
    }

    [Fact]
    public async Task TheAuthorsNewerAuditMovesTheReminderAndAPrivateOneKeepsItFromTheLocalAuthority()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Audited Twice"));
        var school = School();
        var first = await CompletedAudits.CreateAsync(directory, school, provider, registered: false, suitable: true);
        var before = Assert.Single(await PendingAsync(provider));
        directory.Clock.Advance(TimeSpan.FromDays(40));
        var newer = await CompletedAudits.CreateAsync(directory, school, provider, registered: false, suitable: true, isPrivate: true);
        var after = Assert.Single(await PendingAsync(provider));

        Assert.Equal(first, before.PayloadAs<AuditRenewalPayload>().AuditId);
        Assert.Equal(newer, after.PayloadAs<AuditRenewalPayload>().AuditId);
        Assert.InRange(after.DueAt - before.DueAt, TimeSpan.FromDays(40) - TimeSpan.FromHours(1), TimeSpan.FromDays(40) + TimeSpan.FromHours(1));

        directory.Clock.Advance(TimeSpan.FromDays(340));
        await directory.RunDueDeadlinesAsync();
        var reminders = (await directory.QueuedEventsAsync<ProviderAuditExpiring>()).Where(e => e.ProviderId == provider).ToList();
        Assert.Null(Assert.Single(reminders, e => e.AuditId == newer).LocalAuthorityId);
        Assert.DoesNotContain(reminders, e => e.AuditId == first);
    }

    private Task<List<Deadline>> PendingAsync(Guid provider) =>
        directory.WithDbAsync(db => db.Set<Deadline>().Where(d => d.Kind == "audit-renewal-due" && d.Subject.StartsWith(provider.ToString()) && d.FiredAt == null).ToListAsync());
}
