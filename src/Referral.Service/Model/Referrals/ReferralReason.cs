namespace APPlatform.Referrals.Model.Referrals;

/// <summary>
/// Why a pupil is referred. The trust policy's reasons (§4): risk_of_exclusion (suspensions, or at risk of permanent
/// exclusion), wider_development (an alternative curriculum for wider development), personalised_curriculum (where a
/// need has been identified), mainstream_demands (struggles with mainstream's academic and social demands),
/// illness_or_semh (illness or other reasons, SEMH included, prevent suitable education in mainstream),
/// negative_subject_experience (to undo negative experiences in subjects the pupil cannot access), legal_obligation
/// (e.g. a suspension of more than five school days). The census reasons for a school-arranged placement: suspension,
/// permanent_exclusion, off_site_direction, mental_health, physical_health, awaiting_specialist_placement, other.
/// </summary>
public enum ReferralReason
{
    RiskOfExclusion,
    WiderDevelopment,
    PersonalisedCurriculum,
    MainstreamDemands,
    IllnessOrSemh,
    NegativeSubjectExperience,
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

/// <summary>
/// How the pupil comes to attend: parental_agreement (with the parents' agreement) or off_site_direction (directed off
/// site under s29A, where agreement is not needed).
/// </summary>
public enum ReferralRoute
{
    ParentalAgreement,
    OffSiteDirection,
}

/// <summary>
/// Where a referral stands: draft, submitted (awaiting the headteacher), information_requested (the headteacher or
/// trust asked for more; the school submits again), awaiting_trust_approval, approved, rejected, parent_agreed,
/// parent_refused, placement_planned, withdrawn.
/// </summary>
public enum ReferralStatus
{
    Draft,
    Submitted,
    InformationRequested,
    AwaitingTrustApproval,
    Approved,
    Rejected,
    ParentAgreed,
    ParentRefused,
    PlacementPlanned,
    Withdrawn,
}
