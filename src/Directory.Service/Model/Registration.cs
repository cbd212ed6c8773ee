namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// registered (on Get Information about Schools as a school, with a URN, so Ofsted inspects it) or unregistered (not a
/// school: unregulated, used only in exceptional circumstances, trust policy §5).
/// </summary>
public enum RegistrationStatus
{
    Registered,
    Unregistered,
}

/// <summary>
/// The GIAS establishment type an AP provider can be (domain notes §2): pupil_referral_unit,
/// alternative_provision_academy_converter, alternative_provision_academy_sponsor_led,
/// alternative_provision_free_school, other_independent_school, other_independent_special_school, further_education (a
/// college), other.
/// </summary>
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
    /// <summary>Registered or unregistered; unregistered until shown otherwise.</summary>
    public RegistrationStatus Status { get; set; } = RegistrationStatus.Unregistered;

    /// <summary>Unique Reference Number on GIAS (6 digits).</summary>
    public string? Urn { get; set; }

    /// <summary>DfE number (LAESTAB), e.g. 830/6012.</summary>
    public string? DfeNumber { get; set; }

    /// <summary>UK Provider Reference Number (8 digits starting 1); unregistered providers may have one.</summary>
    public string? Ukprn { get; set; }

    /// <summary>Its GIAS establishment type, for a registered provider.</summary>
    public EstablishmentType? EstablishmentType { get; set; }

    /// <summary>When someone last checked the provider's status on GIAS.</summary>
    public DateOnly? LastCheckedOn { get; set; }
}
