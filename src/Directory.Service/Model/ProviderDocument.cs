namespace APPlatform.ProviderDirectory.Model;

/// <summary>The policy documents of Appendix 1, plus insurance and the letter of comfort (trust policy §5).</summary>
public enum DocumentType
{
    /// <summary>Safeguarding and child protection policy: current KCSIE, the named DSL, how concerns are shared.</summary>
    SafeguardingPolicy,
    StaffSafeguardingTrainingRecords,
    SaferRecruitmentPolicy,
    SingleCentralRecord,
    StaffCodeOfConduct,
    SendPolicy,

    /// <summary>Health and safety policy, with its accident reporting protocol.</summary>
    HealthAndSafetyPolicy,
    ComplaintsPolicy,
    RsePshePolicy,

    /// <summary>Risk assessments for the activities pupils will undertake.</summary>
    ActivityRiskAssessments,
    AntiBullyingPolicy,
    Insurance,

    /// <summary>Written confirmation that staff have had the checks a school would make (DBS): trust policy §5.</summary>
    LetterOfComfort,
}

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
