namespace APPlatform.Referrals.Model;

public enum SenProvision
{
    None,
    SenSupport,
    EhcPlan,
}

public enum ChildProtectionStatus
{
    None,
    ChildInNeed,
    ChildProtection,
}

/// <summary>Someone with parental responsibility: the notification letter is addressed to them.</summary>
public sealed record Carer(string Name, string Relationship, string? Email, string? Phone, string? Address);

/// <summary>
/// A pupil on a school's roll, as its referral records them. Special-category data (SEND, care, protection) lives here
/// and in no event: events name the pupil by <see cref="Id"/> only.
/// </summary>
public sealed class Pupil
{
    public Guid Id { get; init; }

    public Guid SchoolId { get; init; }

    /// <summary>Unique pupil number (13 characters), unique within the school.</summary>
    public required string Upn { get; init; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    /// <summary>National curriculum year, R = 0.</summary>
    public int YearGroup { get; set; }

    public SenProvision Sen { get; set; }

    /// <summary>The LA's EHC plan caseworker, whom the SENCO tells of a possible placement (policy §10.8).</summary>
    public string? EhcpCaseworker { get; set; }

    public bool IsLookedAfter { get; set; }

    public string? VirtualSchoolHead { get; set; }

    public string? SocialWorker { get; set; }

    public ChildProtectionStatus Protection { get; set; }

    public bool FreeSchoolMeals { get; set; }

    public List<Carer> Carers { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
}
