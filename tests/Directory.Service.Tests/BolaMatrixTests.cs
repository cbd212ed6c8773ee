using APPlatform.ServiceDefaults.Authentication;
using APPlatform.TestSupport.Bola;
using APPlatform.TestSupport.DirectoryForms;
using static APPlatform.ServiceDefaults.Authentication.OrganisationType;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// Who reaches whose records through each route of Directory.Service. A provider's record is changed by its keeper
/// (the council that owns it) and admins; the provider proposes changes to its own (they go to review).
/// </summary>
public sealed class BolaMatrixTests(DirectoryBolaRecords directory) : BolaMatrixTests<DirectoryBolaRecords>(directory, Matrix)
{
    private const string ReadByAll = "schools, trusts and councils read and search every listed provider (DirectoryAccess.Commissions)";
    private static readonly OrganisationType[] Commissioners = [PlatformAdmin, LocalAuthority, Trust, School];
    private static readonly Own Keepers = Own.Allowed(PlatformAdmin, LocalAuthority);
    private static readonly Own KeepersAndProvider = Own.Allowed(PlatformAdmin, LocalAuthority, Provider);

    public static readonly BolaTable Matrix = new()
    {
        ["GET /api/directory/providers"] = Own.Allowed(Commissioners) | Other.Shared(ReadByAll, Commissioners),
        ["POST /api/directory/providers"] = Keepers | Other.NoRecord("adds a provider its caller keeps")
            | Send.Json(DirectorySamples.Provider("BOLA matrix provider")),
        ["GET /api/directory/providers/{id}"] = Own.Allowed([.. Commissioners, Provider]) | Other.Shared(ReadByAll, Commissioners),
        ["PUT /api/directory/providers/{id}/details"] = KeepersAndProvider | Other.Denied | Send.Json(new { name = "BOLA matrix: details" }),
        ["PUT /api/directory/providers/{id}/sites"] = KeepersAndProvider | Other.Denied
            | Send.Json(new { sites = new[] { DirectorySamples.Site() } }),
        ["PUT /api/directory/providers/{id}/profile"] = KeepersAndProvider | Other.Denied | Send.Json(DirectorySamples.Profile()),
        ["PUT /api/directory/providers/{id}/assurances/{type}"] = KeepersAndProvider | Other.Denied | Send.Json(new { given = false }),
        ["PUT /api/directory/providers/{id}/documents/{type}"] = KeepersAndProvider | Other.Denied | Send.Json(new { seen = false }),
        ["PUT /api/directory/providers/{id}/registration"] = Keepers | Other.Denied | Send.Json(DirectorySamples.Unregistered()),
        ["POST /api/directory/providers/{id}/inspections"] = Keepers | Other.Denied | Send.Json(DirectorySamples.EifInspection()),
        ["DELETE /api/directory/providers/{id}/inspections/{inspectionId}"] = Keepers | Other.Denied,
        ["POST /api/directory/providers/{id}/listing"] = Keepers | Other.Denied
            | Send.Json(new { action = "suspend", reason = "BOLA matrix: suspended" }),
        // Another council lists the provider on its own directory (ProviderOwnershipTests); here it names the keeper's.
        ["PUT /api/directory/providers/{id}/local-authorities/{localAuthorityId}"] = Keepers | Other.Denied,
        ["DELETE /api/directory/providers/{id}/local-authorities/{localAuthorityId}"] = Keepers | Other.Denied,
        ["PUT /api/directory/providers/{id}/owner"] = Keepers | Other.Denied
            | Send.Json(records => new { localAuthorityId = records[DirectoryBolaRecords.Keeper] }),
        ["GET /api/directory/audits/questionnaire"] = Own.Allowed([.. Commissioners, Provider]) | Other.NoRecord("the same questions for everyone"),
        ["POST /api/directory/providers/{id}/audits"] = Own.Allowed(LocalAuthority, Trust, School)
            | Other.Shared(ReadByAll + ", and each audits it for itself", LocalAuthority, Trust, School) | Send.Json(new { isPrivate = true }),
        // The audits are private drafts: their school, its trust and admins see them; councils see completed shared ones.
        ["GET /api/directory/providers/{id}/audits"] = Own.Allowed(PlatformAdmin, Trust, School) | Other.NotListed("audits/{auditId}"),
        ["GET /api/directory/audits/{auditId}"] = Own.Allowed(PlatformAdmin, Trust, School) | Other.Denied,
        ["PUT /api/directory/audits/{auditId}"] = Own.Allowed(School) | Other.Denied | Send.Json(new { isPrivate = true }),
        ["POST /api/directory/audits/{auditId}/complete"] = Own.Allowed(School) | Other.Denied,
        // The matrix's audit is a draft: its school is told to complete it first (409); which of its people signs off is AuditTests'.
        ["POST /api/directory/audits/{auditId}/sign-off"] = Own.Allowed(School) | Other.Denied,
        ["POST /api/directory/providers/{id}/concerns"] = Own.Allowed(Commissioners)
            | Other.Shared(ReadByAll + ", and each raises its own concerns", Commissioners)
            | Send.Json(records => new { category = "attendance", summary = "BOLA matrix: late registers", localAuthorityId = records[DirectoryBolaRecords.Keeper] }),
        // A concern is its raiser's and its council's: the school raised these; their trust did not.
        ["GET /api/directory/concerns"] = Own.Allowed(PlatformAdmin, LocalAuthority, School) | Other.NotListed("concerns/{concernId}"),
        ["GET /api/directory/concerns/{concernId}"] = Own.Allowed(PlatformAdmin, LocalAuthority, School) | Other.Denied,
        ["POST /api/directory/concerns/{concernId}/status"] = Keepers | Other.Denied | Send.Json(new { status = "acknowledged", note = "BOLA matrix" }),
        ["GET /api/directory/providers/{id}/change-requests"] = KeepersAndProvider | Other.NotListed("change-requests/{changeId}"),
        ["GET /api/directory/change-requests/{changeId}"] = KeepersAndProvider | Other.Denied,
        ["POST /api/directory/change-requests/{changeId}/review"] = Keepers | Other.Denied | Send.Json(new { approve = false, note = "BOLA matrix" }),
        ["POST /api/directory/imports"] = Keepers | Other.NoRecord("imports into the caller's own directory; rows match only what it may see (CsvTests)"),
        ["POST /api/directory/gias-checks"] = Keepers | Other.NoRecord("checks the registered providers the caller keeps (GiasCheckTests)"),
        ["GET /api/directory/threshold-watch"] = Keepers
            | Other.NoRecord("lists the unregistered providers the caller keeps or lists that have full-time pupils (RegistrationThresholdWatchTests)"),
        ["GET /api/directory/exports/providers.csv"] = Keepers | Other.NoRecord("exports the listed providers, which every council reads anyway"),
    };

    public static TheoryData<string> Operations => Matrix.Operations();
}
