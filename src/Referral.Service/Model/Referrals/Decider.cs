using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Referrals;

/// <summary>
/// Who may decide on a referral at each stage (trust policy §7): the school's headteacher, then the trust's AP lead or
/// an executive; for a referral the local authority made, its AP team or SEND caseworker. A signed-in person decides
/// in their own name and must hold the stage's role; a system acting with its client's credentials names the person who
/// decided, and the record keeps which client said so.
/// </summary>
public sealed record Decider(string Name, Guid? PersonId, string? ClientId)
{
    public static IReadOnlyList<string> RolesFor(ApprovalStage stage) => stage switch
    {
        ApprovalStage.Headteacher => [PersonRoles.Headteacher],
        ApprovalStage.LocalAuthority => [PersonRoles.ApTeam, PersonRoles.SendCaseworker],
        _ => [PersonRoles.ApLead, PersonRoles.Executive],
    };

    /// <summary>The decider for <paramref name="stage"/>, or refused: the person lacks the role, or no name (or another's) is given.</summary>
    public static Decider For(ApprovalStage stage, Caller by, string? namedBy)
    {
        if (by.Person is not { } person)
        {
            return string.IsNullOrWhiteSpace(namedBy)
                ? throw new RuleViolationException($"Name the person who decided (decidedBy): the {Whose(stage)}.")
                : new Decider(namedBy.Trim(), null, by.ClientId);
        }

        if (!person.HasAny([.. RolesFor(stage)]))
        {
            throw new NotPermittedException($"Only the {Whose(stage)} decides at this stage, and you are not signed in as one.");
        }

        return string.IsNullOrWhiteSpace(namedBy) || namedBy.Trim() == person.Name
            ? new Decider(person.Name, person.Id, null)
            : throw new RuleViolationException("You decide in your own name: leave decidedBy out, or give your own name.");
    }

    private static string Whose(ApprovalStage stage) => stage switch
    {
        ApprovalStage.Headteacher => "headteacher",
        ApprovalStage.LocalAuthority => "local authority's AP team (or, for an EHC plan, the SEND caseworker)",
        _ => "trust's AP lead or an executive of the trust",
    };
}
