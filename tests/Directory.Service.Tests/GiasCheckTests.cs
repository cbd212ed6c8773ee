using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Gias;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// Registered providers checked against a GIAS extract uploaded by their local authority: a match takes GIAS's
/// establishment type, a mismatch becomes one registration concern the LA sees and an event that tells the provider.
/// </summary>
public sealed class GiasCheckTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    public static readonly string Extract = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gias", "edubasealldata-sample.csv"));

    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();

    [Fact]
    public async Task AnUploadRecordsTheTypeOfEachMatchAndRaisesEachMismatchOnceForTheLocalAuthority()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var told = await listener.SubscribeAsync<ProviderRegistrationNotVerified>();
        var academy = await Registered("Demoshire AP Academy", "900001", "10090001");
        var closing = await Registered("Hillside Independent School", "900002");
        var primary = await Registered("Brook Community Primary", "900003");
        var otherUkprn = await Registered("Riverside Learning Centre", "900004", "10099999");
        var gone = await Registered("Long Gone School", "999999");
        var someoneElses = await directory.CreateProviderAsync(TestCaller.LocalAuthority(),
            DirectorySamples.Provider("Moor Lane PRU", DirectorySamples.Registered("900005")));

        var first = await CheckAsync(localAuthority);
        var again = await CheckAsync(localAuthority);

        Assert.Equal((5, 1, 4),
            (first.GetProperty("checked").GetInt32(), first.GetProperty("matched").GetInt32(), first.GetProperty("findingsRaised").GetInt32()));
        Assert.Equal(0, again.GetProperty("findingsRaised").GetInt32());
        var findings = first.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("providerId").GetGuid(),
            f => f.GetProperty("mismatches").EnumerateArray().Select(m => m.GetString()).ToList());
        Assert.Equal(["not_open"], findings[closing]);
        Assert.Equal(["not_an_ap_type"], findings[primary]);
        Assert.Equal(["ukprn_differs"], findings[otherUkprn]);
        Assert.Equal(["urn_not_on_gias"], findings[gone]);
        Assert.DoesNotContain(someoneElses, findings.Keys);

        var record = (await directory.GetProviderAsync(localAuthority, academy)).GetProperty("registration");
        Assert.Equal("alternative_provision_academy_converter", record.GetProperty("establishmentType").GetString());
        Assert.Equal(directory.Clock.TodayInEngland().ToString("yyyy-MM-dd"), record.GetProperty("lastCheckedOn").GetString());

        var concerns = await directory.As(localAuthority).GetFromJsonAsync<JsonElement>("/api/directory/concerns?status=open");
        var registration = concerns.EnumerateArray().Where(c => c.GetProperty("category").GetString() == "registration").ToList();
        Assert.Equal(4, registration.Count);
        Assert.Contains(registration, c => c.GetProperty("providerId").GetGuid() == closing &&
            c.GetProperty("summary").GetString()!.Contains("\"Open, but proposed to close\""));
        var announced = await Eventually.Until(() => Task.FromResult(told.Where(e => findings.ContainsKey(e.Message.ProviderId)).ToList()),
            e => e.Count >= 4, because: "each finding tells its provider");
        Assert.Equal(4, announced.Count);
        Assert.All(announced, e => Assert.Equal(localAuthority.OrganisationId, e.Message.LocalAuthorityId));
    }

    [Fact]
    public async Task AFindingIsRaisedAgainOnlyOnceTheLastOneIsClosed()
    {
        var closing = await Registered("Hillside Again", "900002");
        await CheckAsync(localAuthority);
        var concern = (await directory.As(localAuthority).GetFromJsonAsync<JsonElement>("/api/directory/concerns?status=open"))
            .EnumerateArray().Single(c => c.GetProperty("providerId").GetGuid() == closing).GetProperty("id").GetGuid();

        await directory.As(localAuthority).PostAsJsonAsync($"/api/directory/concerns/{concern}/status",
            new { status = "resolved", note = "The school told us it is closing; delisting in hand." });
        var after = await CheckAsync(localAuthority);

        Assert.Equal(1, after.GetProperty("findingsRaised").GetInt32());
    }

    [Theory]
    [InlineData("school")]
    [InlineData("provider")]
    public async Task OnlyALocalAuthorityOrAPlatformAdminChecksRegistrations(string caller)
    {
        var who = caller == "school" ? TestCaller.School() : TestCaller.Provider();

        var response = await directory.As(who).PostAsync("/api/directory/gias-checks", Csv(Extract));

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnExtractWithoutGiasColumnsIsRefusedNamingThem()
    {
        var response = await directory.As(localAuthority).PostAsync("/api/directory/gias-checks", Csv("URN,Name\n900001,Demoshire AP Academy\n"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("TypeOfEstablishment (name)", problem.Errors["extract"][0]);
    }

    private async Task<Guid> Registered(string name, string urn, string? ukprn = null) =>
        await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider(name, new
        {
            status = "registered", urn, ukprn, establishmentType = "other", lastCheckedOn = "2026-09-01",
        }));

    private async Task<JsonElement> CheckAsync(TestCaller caller)
    {
        var response = await directory.As(caller).PostAsync("/api/directory/gias-checks", Csv(Extract));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}

/// <summary>Directory.Service with its daily GIAS check reading an extract from a folder of dated files.</summary>
public sealed class GiasDailyDirectory(TestServers servers) : ServiceUnderTest<Infrastructure.DirectoryDbContext>(servers,
    DirectoryServiceExtensions.DatabaseName, new Dictionary<string, string?>(DirectoryService.Settings)
    {
        ["Gias:ExtractUrl"] = Path.Combine(Folder, "edubasealldata{date}.csv"),
    })
{
    public static readonly string Folder = System.IO.Directory.CreateTempSubdirectory("gias-").FullName;
}

/// <summary>The scheduled check: a deadline at 07:00 each day, reading that day's file, then planning the next.</summary>
public sealed class GiasDailyCheckTests(GiasDailyDirectory service) : IClassFixture<GiasDailyDirectory>
{
    [Fact]
    public async Task TheDailyCheckReadsThatDaysExtractAndPlansTheNext()
    {
        var localAuthority = TestCaller.LocalAuthority();
        var directory = new DirectoryService(service.Servers, service.App);
        var college = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Valley College", DirectorySamples.Registered("900006")));
        var closed = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Moor Lane PRU", DirectorySamples.Registered("900005")));
        var first = await PendingAsync();

        // The day's file is there before its check falls due: the scanner runs it as soon as the clock passes 07:00.
        var day = TimeZoneInfo.ConvertTime(first.DueAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        File.WriteAllText(Path.Combine(GiasDailyDirectory.Folder, $"edubasealldata{day:yyyyMMdd}.csv"), GiasCheckTests.Extract);
        service.Clock.Advance(first.DueAt - service.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await service.RunDueDeadlinesAsync();

        var record = (await directory.GetProviderAsync(localAuthority, college)).GetProperty("registration");
        Assert.Equal("further_education", record.GetProperty("establishmentType").GetString());
        Assert.Contains(await service.QueuedEventsAsync<ProviderRegistrationNotVerified>(),
            e => e.ProviderId == closed && e.Mismatches.SequenceEqual(["not_open"]));
        var next = await PendingAsync();
        Assert.Equal(first.DueAt.AddDays(1), next.DueAt, TimeSpan.FromHours(1)); // a clock change lies between some days
    }

    private Task<Deadline> PendingAsync() => service.WithDbAsync(db =>
        db.Set<Deadline>().SingleAsync(d => d.Kind == GiasDailyCheck.DeadlineKind && d.FiredAt == null));
}
