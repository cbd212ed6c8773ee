using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model;

/// <summary>A provider's own register cut-offs, where they differ from the configured ones.</summary>
public sealed class ProviderCutoff
{
    /// <summary>The provider.</summary>
    public Guid ProviderId { get; init; }

    /// <summary>
    /// The time, local (HH:mm:ss), by which the AM register must be marked; unmarked sessions are then missing.
    /// </summary>
    public TimeOnly Morning { get; set; }

    /// <summary>The time, local (HH:mm:ss), by which the PM register must be marked.</summary>
    public TimeOnly Afternoon { get; set; }

    public RegisterCutoffs Cutoffs => new(Morning, Afternoon);
}

/// <summary>A school's attendance target (trust policy §12: below it, interventions follow).</summary>
public sealed class SchoolTarget
{
    /// <summary>The school.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The attendance percentage below which interventions follow (trust policy §12).</summary>
    public decimal Percent { get; set; }
}

/// <summary>A provider's register for a session was checked at its cut-off, so it is checked once.</summary>
public sealed class RegisterCheck
{
    public Guid ProviderId { get; init; }

    public DateOnly Date { get; init; }

    public Session Session { get; init; }

    public int Missing { get; init; }

    public DateTimeOffset CheckedAt { get; init; }
}

public enum FlagKind
{
    BelowTarget,
    ConsecutiveAbsence,
    IllnessAbsence,
    PenaltyNotice,
}

/// <summary>A threshold a placement has crossed and been announced for; cleared when it recovers, so a later crossing is announced again.</summary>
public sealed class AttendanceFlag
{
    public Guid PlacementId { get; init; }

    public FlagKind Kind { get; init; }

    public DateTimeOffset RaisedAt { get; init; }
}
