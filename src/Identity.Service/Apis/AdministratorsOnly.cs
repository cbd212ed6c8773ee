using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Identity.Apis;

/// <summary>What only an organisation's administrators may do: the 403 anyone else gets, saying what they tried.</summary>
public static class AdministratorsOnly
{
    /// <returns>Null for an administrator; otherwise the refusal.</returns>
    public static ProblemHttpResult? Refuse(Caller caller, string what) =>
        caller.Person?.HasAny(PersonRoles.Administrator) == true
            ? null
            : TypedResults.Problem($"Only a person who is an administrator of the organisation may {what}.", statusCode: StatusCodes.Status403Forbidden);
}
