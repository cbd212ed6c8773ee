using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Identity.Apis;

/// <summary>A person of the caller's organisation, as its administrator sees them.</summary>
public sealed record OrganisationPerson(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, bool NamedForSafeguarding);

/// <summary>Whether a school names a person to read its safeguarding detail.</summary>
public sealed record SafeguardingNaming(bool Named);

/// <summary>The roles a person is to hold from now on.</summary>
public sealed record RolesChange(IReadOnlyList<string>? Roles);

/// <summary>
/// /api/identity/people: an organisation's administrator sees its people and changes their roles, and a school's
/// names those who read its safeguarding detail beyond the DSL and the headteacher (statutory guidance: the school
/// decides who needs to know). Changes show in the person's next token.
/// </summary>
public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people", ListPeople)
            .WithName(nameof(ListPeople))
            .WithSummary("The people of the caller's organisation, with their roles (its administrators only)")
            .WithTags("People");
        api.MapPut("/people/{id:guid}/roles", ChangeRoles)
            .WithName(nameof(ChangeRoles))
            .WithSummary("Change the roles of a person of the caller's organisation (its administrators only)")
            .WithTags("People");
        api.MapPut("/people/{id:guid}/safeguarding", NameForSafeguarding)
            .WithName(nameof(NameForSafeguarding))
            .WithSummary("Name a person of the caller's school to read its safeguarding detail, or stop (its administrators only)")
            .WithTags("People");
        return api;
    }

    public static async Task<Results<Ok<List<OrganisationPerson>>, ProblemHttpResult>> ListPeople(
        Caller caller, IdentityServiceDbContext db, CancellationToken cancellationToken)
    {
        if (AdministratorsOnly.Refuse(caller, "see its people") is { } refusal)
        {
            return refusal;
        }

        var people = await db.Users.Where(user => user.OrganisationId == caller.OrganisationId).OrderBy(user => user.DisplayName)
            .ToListAsync(cancellationToken);
        var ids = people.Select(person => person.Id).ToList();
        var roles = (await db.UserRoles.Where(held => ids.Contains(held.UserId))
                .Join(db.Roles, held => held.RoleId, role => role.Id, (held, role) => new { held.UserId, role.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(held => held.UserId, held => held.Name!);
        return TypedResults.Ok(people.Select(person => Seen(person, roles[person.Id])).ToList());
    }

    public static async Task<Results<Ok<OrganisationPerson>, ProblemHttpResult>> NameForSafeguarding(
        Guid id, SafeguardingNaming naming, Caller caller, IdentityServiceDbContext db, CancellationToken cancellationToken)
    {
        if (AdministratorsOnly.Refuse(caller, "name who reads its safeguarding detail") is { } refusal)
        {
            return refusal;
        }

        if (caller.OrganisationType != OrganisationType.School)
        {
            return TypedResults.Problem(
                "Only a school names people to read its safeguarding detail.", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        if (await db.Users.SingleOrDefaultAsync(user => user.Id == id && user.OrganisationId == caller.OrganisationId, cancellationToken) is not { } person)
        {
            return TypedResults.Problem("No such person in your organisation.", statusCode: StatusCodes.Status404NotFound);
        }

        person.NamedForSafeguarding = naming.Named;
        await db.SaveChangesAsync(cancellationToken);
        var roles = await db.UserRoles.Where(held => held.UserId == id).Join(db.Roles, held => held.RoleId, role => role.Id, (_, role) => role.Name!)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Seen(person, roles));
    }

    public static async Task<Results<Ok<OrganisationPerson>, ValidationProblem, ProblemHttpResult>> ChangeRoles(
        Guid id, RolesChange change, Caller caller, IdentityServiceDbContext db, UserManager<PlatformUser> users, CancellationToken cancellationToken)
    {
        if (AdministratorsOnly.Refuse(caller, "change people's roles") is { } refusal)
        {
            return refusal;
        }

        if (OrganisationRoles.Refusal(caller.OrganisationType, change.Roles) is { } wrong)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["roles"] = [wrong] });
        }

        if (await db.Users.SingleOrDefaultAsync(user => user.Id == id && user.OrganisationId == caller.OrganisationId, cancellationToken) is not { } person)
        {
            return TypedResults.Problem("No such person in your organisation.", statusCode: StatusCodes.Status404NotFound);
        }

        if (id == caller.Person!.Id && !change.Roles!.Contains(PersonRoles.Administrator))
        {
            return TypedResults.Problem(
                "You cannot take away your own administrator role: ask another administrator, so the organisation keeps one.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        // Both or neither: a half-made change could leave the person with fewer roles than either set.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var held = await users.GetRolesAsync(person);
        var removed = await users.RemoveFromRolesAsync(person, held.Except(change.Roles!));
        var added = removed.Succeeded ? await users.AddToRolesAsync(person, change.Roles!.Distinct().Except(held)) : removed;
        if (!added.Succeeded)
        {
            return TypedResults.Problem(
                $"The roles were not changed: {string.Join(" ", added.Errors.Select(error => error.Description))}", statusCode: StatusCodes.Status409Conflict);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(Seen(person, await users.GetRolesAsync(person)));
    }

    private static OrganisationPerson Seen(PlatformUser person, IEnumerable<string> roles) =>
        new(person.Id, person.DisplayName, person.Email ?? "", roles.Order().ToList(), person.NamedForSafeguarding);
}
