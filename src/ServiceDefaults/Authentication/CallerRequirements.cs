using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>The caller must act for one of these kinds of organisation.</summary>
public sealed class OrganisationTypeRequirement(IReadOnlyCollection<OrganisationType> allowed)
    : AuthorizationHandler<OrganisationTypeRequirement>, IAuthorizationRequirement
{
    public IReadOnlyCollection<OrganisationType> Allowed { get; } = allowed;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationTypeRequirement requirement)
    {
        var caller = Caller.FromPrincipal(context.User);
        if (caller is not null && requirement.Allowed.Contains(caller.OrganisationType))
        {
            context.Succeed(requirement);
        }
        else
        {
            var names = string.Join(", ", requirement.Allowed.Select(t => t.ToClaimValue()));
            context.Fail(new AuthorizationFailureReason(this, $"This is only for these organisation types: {names}."));
        }

        return Task.CompletedTask;
    }
}

/// <summary>The caller's token must have been granted this scope.</summary>
public sealed class ScopeRequirement(string scope) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public string Scope { get; } = scope;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (Caller.FromPrincipal(context.User)?.Scopes.Contains(requirement.Scope) == true)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"The access token lacks the '{requirement.Scope}' scope."));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Where a signed-in person acts, they must hold one of these roles (<see cref="Caller.ActsAs"/>).</summary>
public sealed class PersonRoleRequirement(IReadOnlyCollection<string> roles) : AuthorizationHandler<PersonRoleRequirement>, IAuthorizationRequirement
{
    public IReadOnlyCollection<string> Roles { get; } = roles;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PersonRoleRequirement requirement)
    {
        if (Caller.FromPrincipal(context.User)?.ActsAs([.. requirement.Roles]) == true)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"This needs one of these roles: {string.Join(", ", requirement.Roles)}."));
        }

        return Task.CompletedTask;
    }
}

public static class CallerRequirementExtensions
{
    public static AuthorizationPolicyBuilder RequireOrganisationType(this AuthorizationPolicyBuilder policy, params OrganisationType[] allowed) =>
        policy.AddRequirements(new OrganisationTypeRequirement(allowed));

    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder policy, string scope) =>
        policy.AddRequirements(new ScopeRequirement(scope));

    /// <summary>Restricts endpoints (a service's whole API, as a group) to tokens granted <paramref name="scope"/>.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder endpoints, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        endpoints.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireScope(scope));

    /// <summary>Restricts an endpoint to callers acting for one of these kinds of organisation.</summary>
    public static TBuilder RequireOrganisationType<TBuilder>(this TBuilder endpoint, params OrganisationType[] allowed)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireOrganisationType(allowed));

    /// <summary>Restricts an endpoint, where a person acts, to people holding one of <paramref name="roles"/>.</summary>
    public static TBuilder RequirePersonRole<TBuilder>(this TBuilder endpoint, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.AddRequirements(new PersonRoleRequirement(roles)));
}
