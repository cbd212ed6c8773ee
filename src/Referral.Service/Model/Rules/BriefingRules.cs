using APPlatform.Referrals.Model.Briefings;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>
/// Who tells the provider what about the pupil, on which lawful basis, and who reads it. Trust policy §10.5 (the DSL
/// shares safeguarding information), §10.8 (the SENCO gives the pupil's SEND details), §10.4 (the AP lead liaises,
/// and the school's headteacher oversees); for a placement the LA commissions, its AP team and SEND caseworker.
/// </summary>
public static class BriefingRules
{
    /// <summary>The roles that share a topic for a placement of <paramref name="commissioner"/>.</summary>
    public static IReadOnlyList<string> Sharers(CommissionerType commissioner, BriefingTopic topic) => (commissioner, topic) switch
    {
        (CommissionerType.LocalAuthority, BriefingTopic.Send) => [PersonRoles.SendCaseworker],
        (CommissionerType.LocalAuthority, _) => [PersonRoles.ApTeam],
        (_, BriefingTopic.Send) => [PersonRoles.Senco],
        (_, BriefingTopic.Medical) => [PersonRoles.Senco, PersonRoles.DesignatedSafeguardingLead],
        (_, BriefingTopic.Safeguarding) => [PersonRoles.DesignatedSafeguardingLead],
        _ => [PersonRoles.ApLead, PersonRoles.DesignatedSafeguardingLead],
    };

    /// <summary>A person needs a sharer's role; a system acting for the commissioner may share any part.</summary>
    public static bool MayShare(Caller caller, CommissionerType commissioner, BriefingTopic topic) =>
        caller.ActsAs([.. Sharers(commissioner, topic)]);

    /// <summary>
    /// UK GDPR Art. 9: SEND, medical and safeguarding information is special-category data, so Art. 6(1)(e) alone is
    /// not enough; a pupil's risk assessment may rest on any basis.
    /// </summary>
    public static string? LawfulBasisProblem(BriefingTopic topic, LawfulBasis basis) =>
        topic != BriefingTopic.RiskAssessment && basis == LawfulBasis.PublicTask
            ? "SEND, medical and safeguarding information is special-category data (UK GDPR Art. 9): give statutory_purpose, " +
              "safeguarding_children or explicit_consent as its lawful basis, not public_task alone."
            : null;

    /// <summary>
    /// Who reads the summary: the provider's manager and register staff once the placement is shared with it, and at
    /// the commissioner those who share a part of it or oversee (the headteacher); a system of either.
    /// </summary>
    public static bool MayRead(Caller caller, Placement placement) => caller.OrganisationType switch
    {
        OrganisationType.Provider => caller.IsProviderOf(placement) && caller.ActsAs(PersonRoles.Manager, PersonRoles.RegisterStaff),
        _ => caller.MayManage(placement) &&
             (caller.ActsAs(PersonRoles.Headteacher) || Enum.GetValues<BriefingTopic>().Any(topic => MayShare(caller, placement.CommissionerType, topic))),
    };

    /// <summary>
    /// The DSL's safeguarding part, among the commissioner's people, is for those who share it and those who read a
    /// school's safeguarding detail (KCSIE 2025 Part 1); the provider's readers see every part.
    /// </summary>
    public static bool Shows(Caller caller, Placement placement, BriefingTopic topic) =>
        topic != BriefingTopic.Safeguarding || caller.OrganisationType == OrganisationType.Provider ||
        MayShare(caller, placement.CommissionerType, topic) || caller.Person?.ReadsSafeguardingDetail == true;
}
