namespace APPlatform.Referrals.Model.Placements;

public enum PlacementStatus
{
    Planned,
    Active,
    Ending,
    Ended,
}

public enum CommissionerType
{
    School,
    LocalAuthority,
}

/// <summary>The law the placement is made under (domain notes §1.1).</summary>
public enum LegalBasis
{
    /// <summary>Education Act 2002 s29A: a school directs the pupil off site to improve behaviour.</summary>
    OffSiteDirection,

    /// <summary>The school's duty from day six of a suspension (EIA 2006 s100).</summary>
    SuspensionDaySix,

    /// <summary>Arranged by the school for other reasons under its own powers.</summary>
    SchoolArranged,

    /// <summary>Education Act 1996 s19: the LA's duty where a child would not otherwise receive suitable education.</summary>
    LocalAuthoritySection19,

    /// <summary>Children and Families Act 2014 s42/s61: provision named in an EHC plan, or otherwise than in a school.</summary>
    EhcPlan,
}

/// <summary>How the pupil is registered while at the provider, which fixes the attendance code for a present mark.</summary>
public enum RegistrationMode
{
    /// <summary>On the roll of both schools: the home school records D (not a possible session).</summary>
    Dual,

    /// <summary>Approved educational activity off site, supervised by someone the school judges suitable: code B.</summary>
    ApprovedActivity,

    /// <summary>Provision the LA arranged under s19, s42 or s61: code K.</summary>
    LaArranged,
}

public enum PlacementEndReason
{
    Reintegrated,
    Completed,
    ProviderChange,
    ThreeFailedReviews,
    Safeguarding,
    ParentWithdrawal,
    PermanentExclusion,
    LeftSchool,
    TimeLimit,

    /// <summary>Withdrawn before it started; nothing downstream heard of it.</summary>
    Cancelled,
}

public static class RegistrationModes
{
    /// <summary>The home school's register code for a session the pupil attends at the provider (WTISA ch. 8).</summary>
    public static string AttendanceCode(this RegistrationMode mode) => mode switch
    {
        RegistrationMode.Dual => "D",
        RegistrationMode.ApprovedActivity => "B",
        RegistrationMode.LaArranged => "K",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };
}
