namespace APPlatform.Referrals.Model.Placements;

/// <summary>
/// When a placement gives full-time education: at least <see cref="HoursPerWeek"/> hours a week, or any hours when
/// the provider is the pupil's sole provision. This is the platform's one definition. PlacementStarted and
/// PlacementChanged carry its answer as isFullTime, and Directory.Service counts those placements against the
/// registration threshold exactly as they come, so raising the hours here raises them everywhere and lowering them
/// lowers them everywhere.
/// </summary>
/// <remarks>
/// There is no legal definition of full time. The DfE's "Registration of independent schools" (2019) uses 18 hours a
/// week, or less when the institution is all or most of the child's education. The hours come from
/// Referral:FullTimeHoursPerWeek.
/// </remarks>
public sealed class FullTimeEducation
{
    /// <summary>The DfE's registration guidance (2019): 18 hours a week.</summary>
    public const decimal GuidanceHoursPerWeek = 18;

    public FullTimeEducation(decimal hoursPerWeek = GuidanceHoursPerWeek)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hoursPerWeek);
        HoursPerWeek = hoursPerWeek;
    }

    /// <summary>The hours a week from which a placement is full time.</summary>
    public decimal HoursPerWeek { get; }

    public bool IsFullTime(decimal hoursPerWeek, bool isSoleProvision) => isSoleProvision || hoursPerWeek >= HoursPerWeek;

    public bool IsFullTime(Placement placement) => IsFullTime(placement.HoursPerWeek, placement.IsSoleProvision);
}
