namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// A provider's document (Appendix 1, with insurance and the letter of comfort, trust policy §5): safeguarding_policy
/// (safeguarding and child protection: current KCSIE, the named DSL, how concerns are shared),
/// staff_safeguarding_training_records, safer_recruitment_policy, single_central_record, staff_code_of_conduct,
/// send_policy, health_and_safety_policy (with its accident reporting protocol), complaints_policy, rse_pshe_policy,
/// activity_risk_assessments (for the activities pupils will undertake), anti_bullying_policy, insurance,
/// letter_of_comfort (written confirmation that staff have had the checks a school would make, DBS included).
/// </summary>
public enum DocumentType
{
    SafeguardingPolicy,
    StaffSafeguardingTrainingRecords,
    SaferRecruitmentPolicy,
    SingleCentralRecord,
    StaffCodeOfConduct,
    SendPolicy,
    HealthAndSafetyPolicy,
    ComplaintsPolicy,
    RsePshePolicy,
    ActivityRiskAssessments,
    AntiBullyingPolicy,
    Insurance,
    LetterOfComfort,
}

/// <summary>
/// A document's status as of today: seen (seen and not past its expiry), missing (not seen) or expired (seen, but its
/// expiry date has passed).
/// </summary>
public enum DocumentStatus
{
    Seen,
    Missing,
    Expired,
}

public sealed class ProviderDocument
{
    public DocumentType Type { get; set; }

    /// <summary>"Yes, seen" in Appendix 1's words.</summary>
    public bool Seen { get; set; }

    public string? Link { get; set; }

    public DateOnly? SeenOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public Guid? VerifiedBy { get; set; }

    public DocumentStatus StatusOn(DateOnly today) =>
        !Seen ? DocumentStatus.Missing : ExpiresOn < today ? DocumentStatus.Expired : DocumentStatus.Seen;
}
