namespace APPlatform.ProviderDirectory.Model;

/// <summary>The nine assurances a provider gives to be on the county directory (seed 000).</summary>
public enum AssuranceType
{
    /// <summary>Follows Keeping Children Safe in Education, including annual safeguarding training.</summary>
    KeepingChildrenSafeInEducation,
    SaferRecruitment,
    PreventDuty,

    /// <summary>Promotes British values and social, moral, spiritual and cultural opportunities.</summary>
    BritishValuesAndSmsc,
    HealthAndSafety,
    DataProtection,

    /// <summary>Employs experienced and qualified staff able to teach pupils with varied learning and behavioural needs.</summary>
    QualifiedStaff,
    RecordsAndReportsAttendance,
    EqualityAndDiversity,
}

public sealed class Assurance
{
    public AssuranceType Type { get; set; }

    public bool Given { get; set; }

    /// <summary>What backs it: a policy seen, a training record, a declaration.</summary>
    public string? Evidence { get; set; }

    public DateOnly? GivenOn { get; set; }
}
