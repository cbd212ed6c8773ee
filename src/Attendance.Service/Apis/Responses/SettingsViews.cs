using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Responses;

/// <summary>A provider's own register cut-offs.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Morning">The time, local (HH:mm:ss), by which the AM register must be marked; unmarked sessions are then missing.</param>
/// <param name="Afternoon">The time, local (HH:mm:ss), by which the PM register must be marked.</param>
public sealed record CutoffsView(Guid ProviderId, TimeOnly Morning, TimeOnly Afternoon)
{
    public static CutoffsView Of(ProviderCutoff c) => new(c.ProviderId, c.Morning, c.Afternoon);
}

/// <summary>A school's attendance target (trust policy §12: below it, interventions follow).</summary>
/// <param name="SchoolId">The school.</param>
/// <param name="Percent">The attendance percentage below which interventions follow.</param>
public sealed record TargetView(Guid SchoolId, decimal Percent)
{
    public static TargetView Of(SchoolTarget t) => new(t.SchoolId, t.Percent);
}
