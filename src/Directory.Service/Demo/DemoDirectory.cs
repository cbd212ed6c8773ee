using APPlatform.ProviderDirectory.Apis;
using APPlatform.ProviderDirectory.Apis.Requests;
using APPlatform.ProviderDirectory.Csv;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ProviderDirectory.Model.Concerns;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.ProviderDirectory.Demo;

public sealed class DemoDirectoryOptions
{
    public const string SectionName = "Directory:Demo";

    /// <summary>Seed an empty directory with the demo providers (appsettings.Development.json turns it on).</summary>
    public bool Seed { get; set; }
}

/// <summary>
/// A realistic directory for the development environment, so a newcomer sees something real at once: about 30
/// providers of every kind in "Demoshire" (registered AP schools, unregistered vocational and therapeutic providers, in
/// county and just over the border), loaded through the same CSV importer an LA would use, with assurances, documents,
/// report cards, a draft, a suspension, a concern, and completed audits by the demo schools. The two demo provider
/// clients' organisations are Demo Skills Centre and Demo Learning Academy. Runs only on an empty directory.
/// </summary>
internal sealed class DemoDirectory(IServiceScopeFactory scopes, IOptions<DemoDirectoryOptions> options, ILogger<DemoDirectory> logger) : IHostedService
{
    public static readonly Guid LocalAuthority = Guid.Parse("1a000000-0000-0000-0000-000000000001");
    public static readonly Guid Trust = Guid.Parse("7a000000-0000-0000-0000-000000000001");
    public static readonly Guid School = Guid.Parse("5c000000-0000-0000-0000-000000000001");
    public static readonly Guid SecondSchool = Guid.Parse("5c000000-0000-0000-0000-000000000002");
    public static readonly Guid SkillsCentre = Guid.Parse("9d000000-0000-0000-0000-000000000001");
    public static readonly Guid LearningAcademy = Guid.Parse("9d000000-0000-0000-0000-000000000002");

    private const long SeedLock = 0x4150_4469_7265_6374; // "APDirect"

    private static readonly Caller directoryTeam = Organisation(OrganisationType.LocalAuthority, LocalAuthority);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<DirectoryDbContext>();

        // Replicas start together: one seeds while the others wait, then find it done.
        await db.Database.RunExclusivelyAsync(SeedLock, async () =>
        {
            if (!await db.Providers.AnyAsync(cancellationToken))
            {
                await SeedAsync(services, db, cancellationToken);
            }
        }, cancellationToken);
    }

    private async Task SeedAsync(IServiceProvider services, DirectoryDbContext db, CancellationToken cancellationToken)
    {

        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        foreach (var (id, name) in new[] { (SkillsCentre, "Demo Skills Centre"), (LearningAcademy, "Demo Learning Academy") })
        {
            var provider = Provider.Create(id, name, ListingStatus.Listed, directoryTeam, LocalAuthority, now);
            db.Providers.Add(provider);
            db.AddIntegrationEvent(ProviderEvents.ForStatus(provider, now)!);
        }

        await db.SaveChangesAsync(cancellationToken);

        await using var csv = typeof(DemoDirectory).Assembly.GetManifestResourceStream("demo-directory.csv")!;
        var report = await services.GetRequiredService<DirectoryImport>()
            .ImportAsync(await new StreamReader(csv).ReadToEndAsync(cancellationToken), directoryTeam, LocalAuthority, cancellationToken);

        var providers = await db.Providers.OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var today = clock.TodayInEngland();
        var updates = services.GetRequiredService<ProviderUpdates>();
        foreach (var (provider, index) in providers.Select((p, i) => (p, i)))
        {
            await updates.ApplyAsync(provider, index % 7 == 3 ? PartChecklist(provider, today) : FullChecklist(provider, today, index), cancellationToken);
        }

        AddReportCard(providers.Single(p => p.Name == "Demo Learning Academy"), today);
        var suspended = providers.Single(p => p.Name == "Bolsover Castle School");
        suspended.Take(ListingAction.Suspend, directoryTeam, "Ofsted judged safeguarding not effective; suspended until the action plan is verified.", now);
        db.AddIntegrationEvent(ProviderEvents.ForStatus(suspended, now)!);
        db.Providers.Add(Provider.Create(Guid.CreateVersion7(), "Peak Pathways (opening 2027)", ListingStatus.Draft, directoryTeam, LocalAuthority, now));
        db.Concerns.Add(Concern.Raise(Guid.CreateVersion7(), providers.Single(p => p.Name == "Clay Cross Construction Academy").Id,
            Organisation(OrganisationType.School, School), LocalAuthority, ConcernCategory.Attendance,
            "Two absences in March were not reported to us until the following week.", now));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (name, author, suitable, isPrivate) in new[]
        {
            ("Demo Skills Centre", School, true, false),
            ("Demo Learning Academy", School, true, false),
            ("Peak Vocational Centre", School, true, false),
            ("Hillside Kitchen Skills", School, false, false),
            ("Moorland Farm School", SecondSchool, true, true),
        })
        {
            var provider = providers.Single(p => p.Name == name);
            var by = Organisation(OrganisationType.School, author);
            var audit = AuditRiskAssessment.Start(Guid.CreateVersion7(), provider.Id, by, isPrivate, DemoAudit.Answers(provider, by, suitable, now), now);
            audit.Complete(provider.IsRegistered, by, now, TimeSpan.FromDays(365));
            db.Audits.Add(audit);
            db.AddIntegrationEvent(ProviderEvents.AuditCompleted(audit, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo directory: {Providers} providers ({Rejected} CSV rows rejected)", providers.Count + 1, report.Rejected);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Caller Organisation(OrganisationType type, Guid id) =>
        new($"demo-{type.ToClaimValue()}", id, type, new HashSet<string>(), type == OrganisationType.School ? Trust : null,
            type == OrganisationType.LocalAuthority ? null : LocalAuthority);

    /// <summary>Every assurance given and every document seen; insurance of some renewing within the month.</summary>
    private static ChecklistChange FullChecklist(Provider provider, DateOnly today, int index) => new(
        Enum.GetValues<AssuranceType>().Select(type => new AssuranceUpdate(type, true, "Policy and training records seen on the listing visit.", today.AddMonths(-4))).ToList(),
        Enum.GetValues<DocumentType>().Select(type => new DocumentUpdate(type, true, $"https://documents.example.org/{provider.Id:N}/{type}.pdf", today.AddMonths(-4),
            type is DocumentType.Insurance or DocumentType.LetterOfComfort ? today.AddDays(index % 5 == 0 ? 20 : 200) : null)).ToList());

    /// <summary>A record still being completed: the letter of comfort and single central record not yet seen.</summary>
    private static ChecklistChange PartChecklist(Provider provider, DateOnly today) => new(
        Enum.GetValues<AssuranceType>().Select(type => new AssuranceUpdate(type, type != AssuranceType.SaferRecruitment, type != AssuranceType.SaferRecruitment ? "Declared by the provider." : null,
            type != AssuranceType.SaferRecruitment ? today.AddMonths(-2) : null)).ToList(),
        Enum.GetValues<DocumentType>().Select(type => type is DocumentType.LetterOfComfort or DocumentType.SingleCentralRecord
            ? new DocumentUpdate(type, false, null, null, null)
            : new DocumentUpdate(type, true, $"https://documents.example.org/{provider.Id:N}/{type}.pdf", today.AddMonths(-2), null)).ToList());

    private static void AddReportCard(Provider provider, DateOnly today) => provider.AddInspection(new OfstedInspection
    {
        Id = Guid.CreateVersion7(),
        InspectedOn = today.AddDays(-10),
        Framework = InspectionFramework.ReportCard2025,
        AreaGrades = Enum.GetValues<ReportCardArea>().Take(6)
            .Select((area, i) => new AreaGrade { Area = area, Grade = i == 2 ? ReportCardGrade.ExpectedStandard : ReportCardGrade.StrongStandard }).ToList(),
        SafeguardingMet = true,
    });

    /// <summary>The nine assurances and thirteen documents, applied through the same path as the directory team's updates.</summary>
    private sealed record ChecklistChange(List<AssuranceUpdate> Assurances, List<DocumentUpdate> Documents) : IProviderChange
    {
        public Model.Changes.ProviderPart Part => Model.Changes.ProviderPart.Document;

        public void ApplyTo(Provider provider)
        {
            Assurances.ForEach(assurance => assurance.ApplyTo(provider));
            Documents.ForEach(document => document.ApplyTo(provider));
        }
    }
}
