using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Referrals.Apis;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace APPlatform.Referrals.Tests;

/// <summary>Every read and change of a pupil's record is logged, append-only, for the school's data protection officer.</summary>
public sealed class AccessLogTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task ReadingAReferralAsItsSchoolAndItsLocalAuthorityWritesOneReadEntryEachNamingOrganisationAndClient()
    {
        var journey = await ReferredAsync();
        var localAuthority = TestCaller.LocalAuthority(journey.School.LocalAuthorityId);

        foreach (var reader in new[] { journey.School, localAuthority })
        {
            await ReferralService.OkAsync(await service.As(reader).GetAsync($"/api/referrals/{journey.ReferralId}"));
        }

        foreach (var reader in new[] { journey.School, localAuthority })
        {
            var read = Assert.Single(await EntriesAsync(journey.ReferralId, AccessAction.Read, reader));
            AssertNames(read, reader, "referral", nameof(ReferralsApi.GetReferral));
        }
    }

    [Fact]
    public async Task ReadingAPlacementAsItsProviderWritesOneReadEntryNamingTheProviderAndItsClient()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(auditor: school);
        var journey = await new Journey(service, school, provider).PlannedAsync();
        var providerCaller = TestCaller.Provider(provider);

        await ReferralService.OkAsync(await service.As(providerCaller).GetAsync($"/api/placements/{journey.PlacementId}"));

        var read = Assert.Single(await EntriesAsync(journey.PlacementId, AccessAction.Read, providerCaller));
        AssertNames(read, providerCaller, "placement", nameof(PlacementsApi.GetPlacement));
    }

    [Fact]
    public async Task ASignedInPersonsReadNamesThemByIdAndByNameAsTheirTokenGaveIt()
    {
        var journey = await ReferredAsync();
        var apLead = journey.School.AsPerson("Alex Lead", PersonRoles.ApLead);

        await ReferralService.OkAsync(await service.As(apLead).GetAsync($"/api/referrals/{journey.ReferralId}"));

        var read = Assert.Single(await EntriesAsync(journey.ReferralId, AccessAction.Read, journey.School));
        Assert.Equal((apLead.Person!.Id.ToString(), "Alex Lead"), (read.Person, read.PersonName));
        var log = await ReferralService.OkAsync(await journey.Client.GetAsync($"/api/referrals/access-log?pupilId={read.PupilId}"));
        Assert.Contains(log.GetProperty("items").EnumerateArray(), line => line.GetProperty("personName").GetString() == "Alex Lead");
    }

    [Fact]
    public async Task AChangeWritesAChangeEntry()
    {
        var journey = await ReferredAsync();

        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));

        var changes = await EntriesAsync(journey.ReferralId, AccessAction.Change, journey.School);
        Assert.Contains(changes, entry => entry.RouteName == nameof(ReferralsApi.Submit));
        Assert.Contains(changes, entry => entry.RouteName == nameof(ReferralsApi.CreateReferral));
    }

    [Fact]
    public async Task AChangeThatFailsToCommitLeavesNoEntry()
    {
        var journey = await ReferredAsync();
        // The referral's row refuses this one update, after the service has added the change's log line. The names are
        // the test's own guid, not input.
        var refuse = $"refuse_{journey.ReferralId:N}";
        var create =
            $"""
             CREATE FUNCTION {refuse}() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
             CREATE TRIGGER {refuse} BEFORE UPDATE ON "Referrals" FOR EACH ROW
                 WHEN (OLD."Id" = '{journey.ReferralId}') EXECUTE FUNCTION {refuse}();
             """;
        var drop = $"""DROP TRIGGER {refuse} ON "Referrals"; DROP FUNCTION {refuse}();""";
        await service.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(create));
        try
        {
            var response = await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null);

            Assert.False(response.IsSuccessStatusCode);
            Assert.Equal(ReferralStatus.Draft, (await service.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == journey.ReferralId))).Status);
            Assert.DoesNotContain(await EntriesAsync(journey.ReferralId, AccessAction.Change, journey.School),
                entry => entry.RouteName == nameof(ReferralsApi.Submit));
        }
        finally
        {
            await service.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(drop));
        }
    }

    [Fact]
    public async Task APlatformAdminWithoutAReasonIsRefusedAndNothingIsLoggedOrRead()
    {
        var journey = await ReferredAsync();
        var admin = TestCaller.PlatformAdmin();

        var response = await service.As(admin).GetAsync($"/api/referrals/{journey.ReferralId}");

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains(AccessReason.HeaderName, problem.Detail);
        Assert.Empty(await EntriesAsync(journey.ReferralId, AccessAction.Read, admin));
    }

    [Fact]
    public async Task APlatformAdminsReasonIsLoggedWithItsRead()
    {
        var journey = await ReferredAsync();
        var admin = TestCaller.PlatformAdmin();

        await ReferralService.OkAsync(await WithReason(service.As(admin), "Subject access request 42").GetAsync($"/api/referrals/{journey.ReferralId}"));

        Assert.Equal("Subject access request 42", Assert.Single(await EntriesAsync(journey.ReferralId, AccessAction.Read, admin)).Reason);
    }

    [Fact]
    public async Task ASchoolsDataProtectionOfficerReadsItsPupilsEntriesAndNotAnotherSchools()
    {
        var ours = await ReferredAsync();
        var theirs = await ReferredAsync();
        await ReferralService.OkAsync(await service.As(TestCaller.LocalAuthority(ours.School.LocalAuthorityId)).GetAsync($"/api/referrals/{ours.ReferralId}"));
        var pupilId = (await ReferralService.OkAsync(await ours.Client.GetAsync($"/api/referrals/{ours.ReferralId}"))).GetProperty("pupil").GetProperty("id").GetGuid();

        var log = await ReferralService.OkAsync(await ours.Client.GetAsync($"/api/referrals/access-log?pupilId={pupilId}&pageSize=100"));

        var items = log.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, item => Assert.Equal(ours.School.OrganisationId, item.GetProperty("schoolId").GetGuid()));
        Assert.Contains(items, item => item.GetProperty("organisationId").GetGuid() == ours.School.LocalAuthorityId &&
                                       item.GetProperty("action").GetString() == "read");
        Assert.Contains(items, item => item.GetProperty("action").GetString() == "change");
        var theirsAsked = await ours.Client.GetAsync($"/api/referrals/access-log?schoolId={theirs.School.OrganisationId}");
        await ProblemAssert.HasStatus(theirsAsked, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("trust")]
    [InlineData("local_authority")]
    [InlineData("provider")]
    public async Task OnlyASchoolOrAPlatformAdminMayReadTheAccessLog(string organisationType)
    {
        var response = await service.As(TestCaller.OfType(organisationType)).GetAsync("/api/referrals/access-log");

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ThePlatformAdminReadsAnySchoolsLogOnlyWithAReason()
    {
        var journey = await ReferredAsync();
        var admin = service.As(TestCaller.PlatformAdmin());
        var url = $"/api/referrals/access-log?schoolId={journey.School.OrganisationId}";

        await ProblemAssert.HasStatus(await admin.GetAsync(url), HttpStatusCode.BadRequest);
        var log = await ReferralService.OkAsync(await WithReason(admin, "DPO of the school asked for help").GetAsync(url));

        Assert.NotEmpty(log.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("""UPDATE "AccessLog" SET "Reason" = 'rewritten'""")]
    [InlineData("""DELETE FROM "AccessLog" """)]
    [InlineData("""TRUNCATE "AccessLog" """)]
    public async Task TheServiceCannotUpdateOrDeleteAnEntry(string sql)
    {
        var journey = await ReferredAsync();
        var before = await service.WithDbAsync(db => db.Set<AccessLogEntry>().CountAsync());

        // As the service's own database user, through its own DbContext.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => service.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(before, await service.WithDbAsync(db => db.Set<AccessLogEntry>().CountAsync()));
        Assert.NotEmpty(await EntriesAsync(journey.ReferralId, AccessAction.Change, journey.School));
    }

    private async Task<Journey> ReferredAsync() => await new Journey(service, Journey.NewSchool(), await service.ProviderAsync()).ReferAsync();

    private Task<List<AccessLogEntry>> EntriesAsync(Guid recordId, AccessAction action, TestCaller caller) =>
        service.WithDbAsync(db => db.Set<AccessLogEntry>()
            .Where(e => e.RecordId == recordId && e.Action == action && e.OrganisationId == caller.OrganisationId).ToListAsync());

    private static void AssertNames(AccessLogEntry entry, TestCaller caller, string kind, string route)
    {
        Assert.Equal(caller.OrganisationType, entry.OrganisationType);
        Assert.Equal(caller.ClientId, entry.ClientId);
        Assert.Null(entry.Person);
        Assert.Equal(kind, entry.RecordKind);
        Assert.Equal(route, entry.RouteName);
    }

    private static HttpClient WithReason(HttpClient client, string reason)
    {
        client.DefaultRequestHeaders.Add(AccessReason.HeaderName, reason);
        return client;
    }
}
