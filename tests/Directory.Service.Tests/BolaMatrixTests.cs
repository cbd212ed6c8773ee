using APPlatform.TestSupport.Bola;
using APPlatform.TestSupport.DirectoryForms;
using static APPlatform.ServiceDefaults.Authentication.OrganisationType;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// OWASP API1 (broken object-level authorisation) over every route of the directory's OpenAPI document: each demo
/// organisation on its own records and on those of the organisation it attacks (docs/security.md).
/// </summary>
public sealed class BolaMatrixTests(DirectoryBolaRecords directory) : IClassFixture<DirectoryBolaRecords>
{
    private const string Commissioners = "every school, trust and local authority reads and searches the listed providers (DirectoryAccess.Commissions)";

    public static readonly BolaTable Matrix = new()
    {
        ["GET /api/directory/providers"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School) | Other.Shared(Commissioners, PlatformAdmin, LocalAuthority, Trust, School),
        ["POST /api/directory/providers"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.NoRecord("adds a provider its caller keeps")
            | Send.Json(DirectorySamples.Provider("BOLA matrix provider")),
        ["GET /api/directory/providers/{id}"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider) | Other.Shared(Commissioners, PlatformAdmin, LocalAuthority, Trust, School),
        ["PUT /api/directory/providers/{id}/details"] = Own.Allowed(PlatformAdmin, LocalAuthority, Provider) | Other.Denied
            | Send.Json(new { name = "BOLA matrix: details" }),
        ["PUT /api/directory/providers/{id}/sites"] = Own.Allowed(PlatformAdmin, LocalAuthority, Provider) | Other.Denied
            | Send.Json(new { sites = new[] { DirectorySamples.Site() } }),
        ["PUT /api/directory/providers/{id}/profile"] = Own.Allowed(PlatformAdmin, LocalAuthority, Provider) | Other.Denied
            | Send.Json(DirectorySamples.Profile()),
        ["PUT /api/directory/providers/{id}/assurances/{type}"] = Own.Allowed(PlatformAdmin, LocalAuthority, Provider) | Other.Denied
            | Send.Json(new { given = false }),
        ["PUT /api/directory/providers/{id}/documents/{type}"] = Own.Allowed(PlatformAdmin, LocalAuthority, Provider) | Other.Denied
            | Send.Json(new { seen = false }),
        ["PUT /api/directory/providers/{id}/registration"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied
            | Send.Json(DirectorySamples.Unregistered()),
        ["POST /api/directory/providers/{id}/inspections"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied
            | Send.Json(DirectorySamples.EifInspection()),
        ["DELETE /api/directory/providers/{id}/inspections/{inspectionId}"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied,
        ["POST /api/directory/providers/{id}/listing"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied
            | Send.Json(new { action = "suspend", reason = "BOLA matrix: suspended" }),
        ["PUT /api/directory/providers/{id}/local-authorities/{localAuthorityId}"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied,
        ["DELETE /api/directory/providers/{id}/local-authorities/{localAuthorityId}"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied,
        ["PUT /api/directory/providers/{id}/owner"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied
            | Send.Json(records => new { localAuthorityId = records[DirectoryBolaRecords.Keeper] }),
        ["GET /api/directory/audits/questionnaire"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider)
            | Other.NoRecord("the same questionnaire for everyone"),
        ["POST /api/directory/providers/{id}/audits"] = Own.Allowed(LocalAuthority, Trust, School) | Other.Shared(Commissioners + "; each audits it for itself", LocalAuthority, Trust, School)
            | Send.Json(new { isPrivate = true }),
        ["GET /api/directory/providers/{id}/audits"] = Own.Allowed(PlatformAdmin, Trust, School) | Other.NotListed("audits/{auditId}"),
        ["GET /api/directory/audits/{auditId}"] = Own.Allowed(PlatformAdmin, Trust, School) | Other.Denied,
        ["PUT /api/directory/audits/{auditId}"] = Own.Allowed(School) | Other.Denied | Send.Json(new { isPrivate = true }),
        ["POST /api/directory/audits/{auditId}/complete"] = Own.Allowed(School) | Other.Denied,
        ["POST /api/directory/providers/{id}/concerns"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School) | Other.Shared(Commissioners + "; each raises its own", PlatformAdmin, LocalAuthority, Trust, School)
            | Send.Json(records => new { category = "attendance", summary = "BOLA matrix: registers arrive late.", localAuthorityId = records[DirectoryBolaRecords.Keeper] }),
        ["GET /api/directory/concerns"] = Own.Allowed(PlatformAdmin, LocalAuthority, School) | Other.NotListed("concerns/{concernId}"),
        ["GET /api/directory/concerns/{concernId}"] = Own.Allowed(PlatformAdmin, LocalAuthority, School) | Other.Denied,
        ["POST /api/directory/concerns/{concernId}/status"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied
            | Send.Json(new { status = "acknowledged", note = "BOLA matrix" }),
        ["GET /api/directory/providers/{id}/change-requests"] = Own.Allowed(PlatformAdmin, LocalAuthority, Provider) | Other.NotListed("change-requests/{changeId}"),
        ["GET /api/directory/change-requests/{changeId}"] = Own.Allowed(PlatformAdmin, LocalAuthority, Provider) | Other.Denied,
        ["POST /api/directory/change-requests/{changeId}/review"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.Denied
            | Send.Json(new { approve = false, note = "BOLA matrix" }),
        ["POST /api/directory/imports"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.NoRecord("imports into the caller's own directory (CsvTests: rows match only what it may see)"),
        ["GET /api/directory/exports/providers.csv"] = Own.Allowed(PlatformAdmin, LocalAuthority) | Other.NoRecord("exports the caller's own directory"),
    };

    public static TheoryData<string> Operations => Matrix.Operations();

    [Fact]
    public async Task EveryRouteInTheOpenApiDocumentHasARow() =>
        Matrix.AssertCovers(await BolaMatrix.OperationsAsync(directory.As(DemoOrganisations.Admin.Caller), "/openapi/directory.json"));

    [Theory]
    [MemberData(nameof(Operations))]
    public Task NoOrganisationReachesAnothersRecord(string operation) =>
        new BolaMatrix(directory.As, directory.RecordsOf).AssertAsync(operation, Matrix[operation]);
}
