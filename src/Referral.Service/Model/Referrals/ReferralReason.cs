namespace APPlatform.Referrals.Model.Referrals;

/// <summary>Why a pupil is referred: the trust policy's reasons (§4) and the census placement reasons.</summary>
public enum ReferralReason
{
    /// <summary>One or more suspensions, or at risk of permanent exclusion (policy §4).</summary>
    RiskOfExclusion,

    /// <summary>A variety of alternative curriculum for wider development (policy §4).</summary>
    WiderDevelopment,

    /// <summary>To personalise the curriculum where a need has been identified (policy §4).</summary>
    PersonalisedCurriculum,

    /// <summary>Struggles to meet the academic and social demands of mainstream education (policy §4).</summary>
    MainstreamDemands,

    /// <summary>Illness or other reasons, including SEMH, would prevent suitable education in mainstream (policy §4).</summary>
    IllnessOrSemh,

    /// <summary>To undo the damage of negative experiences in subjects the pupil cannot access (policy §4).</summary>
    NegativeSubjectExperience,

    /// <summary>To meet legal obligations (policy §4), e.g. a suspension of more than five school days.</summary>
    LegalObligation,

    // The census reasons for a school-arranged placement.
    Suspension,
    PermanentExclusion,
    OffSiteDirection,
    MentalHealth,
    PhysicalHealth,
    AwaitingSpecialistPlacement,
    Other,
}

/// <summary>How the pupil comes to attend: with the parents' agreement, or directed off site (s29A), where it is not needed.</summary>
public enum ReferralRoute
{
    ParentalAgreement,
    OffSiteDirection,
}

public enum ReferralStatus
{
    Draft,
    Submitted,

    /// <summary>The headteacher (or trust) asked the school for more before deciding; the school submits again.</summary>
    InformationRequested,
    AwaitingTrustApproval,
    Approved,
    Rejected,
    ParentAgreed,
    ParentRefused,
    PlacementPlanned,
    Withdrawn,
}
