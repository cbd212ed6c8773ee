namespace APPlatform.Referrals.Model.Policies;

/// <summary>
/// The most hours a week a pupil may spend at an unregistered provider: the trust's "XX hours". It holds when the
/// placement starts and on every change of its arrangements. A registered school has no cap.
/// </summary>
/// <remarks>
/// Trust policy, Appendix 1: unregistered provision is used only by exception, for "a maximum of XX hours per week".
/// A change that does not raise the hours is allowed even above the cap, because the trust may have lowered the cap
/// since the start. The school can always move the hours down towards it.
/// </remarks>
/// <param name="ProviderIsRegistered">The directory's last word on the provider: registered as a school or not.</param>
/// <param name="MaxHoursPerWeek">The trust's cap (its policy's MaxUnregisteredHoursPerWeek).</param>
public sealed record UnregisteredHoursCap(bool ProviderIsRegistered, decimal MaxHoursPerWeek)
{
    /// <summary>Whether a timetable of <paramref name="hoursPerWeek"/> keeps to the cap.</summary>
    /// <param name="hoursBefore">For a change, the hours before it; null at the start.</param>
    public bool Allows(decimal hoursPerWeek, decimal? hoursBefore = null) =>
        ProviderIsRegistered || hoursPerWeek <= MaxHoursPerWeek || hoursPerWeek <= hoursBefore;

    /// <summary>Why <paramref name="hoursPerWeek"/> breaks the cap, as a clause.</summary>
    public string Breach(decimal hoursPerWeek) =>
        $"the timetable has {hoursPerWeek:0.##} hours a week, above the trust's limit of {MaxHoursPerWeek:0.##} at an unregistered provider";
}
