namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// One of the nine assurances a provider gives to be on the county directory (seed 000):
/// keeping_children_safe_in_education (follows KCSIE, with annual safeguarding training), safer_recruitment,
/// prevent_duty, british_values_and_smsc (promotes British values and spiritual, moral, social and cultural
/// development), health_and_safety, data_protection, qualified_staff (experienced, qualified staff for varied needs),
/// records_and_reports_attendance, equality_and_diversity.
/// </summary>
public enum AssuranceType
{
    KeepingChildrenSafeInEducation,
    SaferRecruitment,
    PreventDuty,
    BritishValuesAndSmsc,
    HealthAndSafety,
    DataProtection,
    QualifiedStaff,
    RecordsAndReportsAttendance,
    EqualityAndDiversity,
}

/// <summary>One directory assurance and whether the provider has given it.</summary>
public sealed class Assurance
{
    /// <summary>Which assurance.</summary>
    public AssuranceType Type { get; set; }

    /// <summary>Whether the provider has given it, as recorded by the local authority.</summary>
    public bool Given { get; set; }

    /// <summary>What backs it: a policy seen, a training record, a declaration.</summary>
    public string? Evidence { get; set; }

    /// <summary>When it was given (ISO date).</summary>
    public DateOnly? GivenOn { get; set; }
}
