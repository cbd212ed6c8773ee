namespace APPlatform.ProviderDirectory.Model;

public enum RegistrationStatus
{
    /// <summary>On Get Information about Schools as a school (a URN), so Ofsted inspects it.</summary>
    Registered,

    /// <summary>Not on GIAS as a school: unregulated, used only in exceptional circumstances (trust policy §5).</summary>
    Unregistered,
}

/// <summary>GIAS establishment types an AP provider can be (domain notes §2).</summary>
public enum EstablishmentType
{
    PupilReferralUnit,
    AlternativeProvisionAcademyConverter,
    AlternativeProvisionAcademySponsorLed,
    AlternativeProvisionFreeSchool,
    OtherIndependentSchool,
    OtherIndependentSpecialSchool,
    FurtherEducation,
    Other,
}

/// <summary>Whether the provider is a registered school, with its identifiers, as last checked on GIAS.</summary>
public sealed class Registration
{
    public RegistrationStatus Status { get; set; } = RegistrationStatus.Unregistered;

    /// <summary>Unique Reference Number on GIAS (6 digits).</summary>
    public string? Urn { get; set; }

    /// <summary>DfE number (LAESTAB), e.g. 830/6012.</summary>
    public string? DfeNumber { get; set; }

    /// <summary>UK Provider Reference Number (8 digits starting 1); unregistered providers may have one.</summary>
    public string? Ukprn { get; set; }

    public EstablishmentType? EstablishmentType { get; set; }

    /// <summary>When someone last checked the provider's status on GIAS.</summary>
    public DateOnly? LastCheckedOn { get; set; }
}
