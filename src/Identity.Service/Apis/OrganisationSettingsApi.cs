using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Identity.Apis;

/// <summary>The sign-in settings an organisation's administrator chooses for its people.</summary>
public sealed record OrganisationSignInSettings(bool RequireTwoFactorForSafeguardingRoles);

/// <summary>/api/identity/organisation/sign-in: read and change the caller's own organisation's sign-in settings.</summary>
public static class OrganisationSettingsApi
{
    public static RouteGroupBuilder MapOrganisationSettingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisation/sign-in", GetSignInSettings)
            .WithName(nameof(GetSignInSettings))
            .WithSummary("The caller's organisation's sign-in settings")
            .WithTags("Organisation");
        api.MapPut("/organisation/sign-in", ChangeSignInSettings)
            .WithName(nameof(ChangeSignInSettings))
            .WithSummary("Change the caller's organisation's sign-in settings (its administrators only)")
            .WithTags("Organisation");
        return api;
    }

    public static async Task<Ok<OrganisationSignInSettings>> GetSignInSettings(Caller caller, IdentityServiceDbContext db) =>
        TypedResults.Ok(new OrganisationSignInSettings(
            (await db.OrganisationPolicies.FindAsync(caller.OrganisationId))?.RequireTwoFactorForSafeguarding == true));

    public static async Task<Results<Ok<OrganisationSignInSettings>, ProblemHttpResult>> ChangeSignInSettings(
        Caller caller, OrganisationSignInSettings settings, IdentityServiceDbContext db, CancellationToken cancellationToken)
    {
        if (AdministratorsOnly.Refuse(caller, "change its sign-in settings") is { } refusal)
        {
            return refusal;
        }

        var policy = await db.OrganisationPolicies.FindAsync([caller.OrganisationId], cancellationToken);
        if (policy is null)
        {
            policy = new OrganisationPolicy { OrganisationId = caller.OrganisationId };
            db.OrganisationPolicies.Add(policy);
        }

        policy.RequireTwoFactorForSafeguarding = settings.RequireTwoFactorForSafeguardingRoles;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(settings);
    }
}
