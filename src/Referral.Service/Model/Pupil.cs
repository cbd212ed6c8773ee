namespace APPlatform.Referrals.Model;

/// <summary>
/// A pupil's SEN provision: none, sen_support (SEN support in school), ehc_plan (an education, health and care plan).
/// </summary>
public enum SenProvision
{
    None,
    SenSupport,
    EhcPlan,
}

/// <summary>
/// A pupil's social care status: none, child_in_need (a child in need plan, Children Act 1989 s17), child_protection (a
/// child protection plan).
/// </summary>
public enum ChildProtectionStatus
{
    None,
    ChildInNeed,
    ChildProtection,
}

/// <summary>An explicit change of a live pupil's record: which fields, by whom, when (the access log says who read it).</summary>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="OrganisationId">The organisation that made the change.</param>
/// <param name="ClientId">The client (application) it was made through, from its token.</param>
/// <param name="Fields">The fields changed, as the API names them.</param>
public sealed record PupilChange(DateTimeOffset At, Guid OrganisationId, string ClientId, List<string> Fields);

/// <summary>Someone with parental responsibility: the notification letter is addressed to them.</summary>
/// <param name="Name">Their full name.</param>
/// <param name="Relationship">Their relationship to the pupil, e.g. Mother.</param>
/// <param name="Email">Their email address.</param>
/// <param name="Phone">Their phone number.</param>
/// <param name="Address">Their postal address, for the letter.</param>
public sealed record Carer(string Name, string Relationship, string? Email, string? Phone, string? Address);

/// <summary>
/// A pupil on a school's roll, as its referral records them. Special-category data (SEND, care, protection) lives here
/// and in no event: events name the pupil by <see cref="Id"/> only.
/// </summary>
public sealed class Pupil
{
    /// <summary>The pupil's id; events name the pupil by this alone.</summary>
    public Guid Id { get; init; }

    /// <summary>The school whose roll the pupil is on.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>Unique pupil number (13 characters), unique within the school; corrected only by an explicit change.</summary>
    public required string Upn { get; set; }

    /// <summary>The pupil's first name.</summary>
    public required string FirstName { get; set; }

    /// <summary>The pupil's last name.</summary>
    public required string LastName { get; set; }

    /// <summary>The pupil's date of birth (ISO date).</summary>
    public DateOnly DateOfBirth { get; set; }

    /// <summary>National curriculum year, R = 0.</summary>
    public int YearGroup { get; set; }

    /// <summary>The pupil's SEN provision.</summary>
    public SenProvision Sen { get; set; }

    /// <summary>The LA's EHC plan caseworker, whom the SENCO tells of a possible placement (policy §10.8).</summary>
    public string? EhcpCaseworker { get; set; }

    /// <summary>Whether the pupil is looked after by a local authority.</summary>
    public bool IsLookedAfter { get; set; }

    /// <summary>The virtual school head, for a looked-after pupil.</summary>
    public string? VirtualSchoolHead { get; set; }

    /// <summary>The pupil's social worker, if they have one.</summary>
    public string? SocialWorker { get; set; }

    /// <summary>The pupil's social care status.</summary>
    public ChildProtectionStatus Protection { get; set; }

    /// <summary>Whether the pupil is eligible for free school meals.</summary>
    public bool FreeSchoolMeals { get; set; }

    /// <summary>Those with parental responsibility, to whom letters are addressed.</summary>
    public List<Carer> Carers { get; set; } = [];

    /// <summary>Each explicit change made once the pupil was live, oldest first.</summary>
    public List<PupilChange> Changes { get; private set; } = [];

    /// <summary>The pupil's first and last names.</summary>
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>Each field as the API names it, to say which of them two versions of a record disagree on.</summary>
    private static readonly (string Name, Func<Pupil, object?> Value)[] Fields =
    [
        ("upn", p => p.Upn), ("firstName", p => p.FirstName), ("lastName", p => p.LastName), ("dateOfBirth", p => p.DateOfBirth),
        ("yearGroup", p => p.YearGroup), ("sen", p => p.Sen), ("ehcpCaseworker", p => p.EhcpCaseworker), ("isLookedAfter", p => p.IsLookedAfter),
        ("virtualSchoolHead", p => p.VirtualSchoolHead), ("socialWorker", p => p.SocialWorker), ("protection", p => p.Protection),
        ("freeSchoolMeals", p => p.FreeSchoolMeals), ("carers", p => string.Join('\n', p.Carers)),
    ];

    public static IEnumerable<string> Differences(Pupil before, Pupil after) =>
        Fields.Where(f => !Equals(f.Value(before), f.Value(after))).Select(f => f.Name);

    public void Record(PupilChange change) => Changes.Add(change);
}
