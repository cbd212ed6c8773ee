using APPlatform.Identity.Clients;
using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using static APPlatform.ServiceDefaults.Authentication.PersonRoles;

namespace APPlatform.Identity.Demo;

/// <summary>
/// People for every demo organisation (the organisations of the demo clients in Identity:Clients), so that a local run
/// can sign in as a headteacher, a DSL, a trust executive, an LA officer or a provider's register staff. All share
/// Identity:DemoPassword; Development only. docs/identity.md lists them.
/// </summary>
internal sealed class DemoPeople(
    IServiceScopeFactory scopes, IOptions<IdentityServiceOptions> options, IHostEnvironment environment, ILogger<DemoPeople> logger)
    : IHostedService
{
    private const long SeedLock = 0x4150_4964_5065_6f70; // "APIdPeop"

    /// <summary>Each demo person: email, name, the demo client whose organisation they belong to, their roles.</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Organisation, string[] Roles)> People =
    [
        ("head@demo-dales.example", "Helen Hart", "demo-school", [Headteacher]),
        ("aplead@demo-dales.example", "Amir Patel", "demo-school", [ApLead]),
        ("dsl@demo-dales.example", "Dana Shaw", "demo-school", [DesignatedSafeguardingLead]),
        ("attendance@demo-dales.example", "Alex Turner", "demo-school", [AttendanceLead]),
        ("senco@demo-dales.example", "Sam Cole", "demo-school", [Senco]),
        ("assessment@demo-dales.example", "Asha Moss", "demo-school", [AssessmentLead]),
        ("staff@demo-dales.example", "Stevie Lane", "demo-school", [Staff]),
        ("admin@demo-dales.example", "Ada Marsh", "demo-school", [Administrator]),
        ("head@demo-vale.example", "Hugh Vale", "demo-school-2", [Headteacher]),
        ("aplead@demo-vale.example", "Ava Reed", "demo-school-2", [ApLead, AttendanceLead]),
        ("dsl@demo-vale.example", "Dev Singh", "demo-school-2", [DesignatedSafeguardingLead]),
        ("head@westmoor-high.example", "Wendy Holt", "demo-school-3", [Headteacher]),
        ("aplead@westmoor-high.example", "Will Price", "demo-school-3", [ApLead, AttendanceLead, DesignatedSafeguardingLead]),
        ("aplead@demo-dales-trust.example", "Tara Lowe", "demo-trust", [ApLead]),
        ("executive@demo-dales-trust.example", "Tom Ellis", "demo-trust", [Executive]),
        ("admin@demo-dales-trust.example", "Tess Ward", "demo-trust", [Administrator]),
        ("apteam@demoshire.example", "Lara Quinn", "demo-la", [ApTeam]),
        ("attendance@demoshire.example", "Liam Ford", "demo-la", [AttendanceTeam]),
        ("directory@demoshire.example", "Leah Dunn", "demo-la", [DirectoryTeam]),
        ("send@demoshire.example", "Luke Sharp", "demo-la", [SendCaseworker]),
        ("admin@demoshire.example", "Lena Adams", "demo-la", [Administrator]),
        ("apteam@westmoor.example", "Wes Quinn", "demo-la-2", [ApTeam, DirectoryTeam]),
        ("manager@demo-skills.example", "Priya Mann", "demo-provider", [Manager, Administrator]),
        ("register@demo-skills.example", "Rob Stone", "demo-provider", [RegisterStaff]),
        ("manager@demo-learning.example", "Paula Mills", "demo-provider-2", [Manager, Administrator]),
        ("register@demo-learning.example", "Ray Stokes", "demo-provider-2", [RegisterStaff]),
        ("admin@applatform.example", "Pat Admin", "demo-admin", [Administrator]),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || options.Value.DemoPassword is not { Length: > 0 } password)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IdentityServiceDbContext>();
        var people = services.GetRequiredService<People>();
        var passwordHash = services.GetRequiredService<IPasswordHasher<PlatformUser>>().HashPassword(new PlatformUser(), password);
        await db.Database.RunExclusivelyAsync(SeedLock, async () =>
        {
            foreach (var (email, name, organisation, roles) in People)
            {
                if (options.Value.Clients.GetValueOrDefault(organisation) is not { } client)
                {
                    continue;
                }

                var outcome = await people.EnsureWithPasswordHashAsync(
                    new NewPerson(email, name, client.OrganisationId, client.OrganisationType, client.TrustId, client.LocalAuthorityId, roles),
                    passwordHash);
                if (!outcome.Succeeded)
                {
                    logger.LogWarning("Demo person {Email} not seeded: {Errors}", email, string.Join("; ", outcome.Errors.Select(e => e.Description)));
                }
            }
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
