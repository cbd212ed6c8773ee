namespace APPlatform.ProviderDirectory.Model.Threshold;

/// <summary>
/// Where an unregistered provider stands against the registration threshold: clear, at_risk (one full-time pupil short
/// of it) or breached (it must register as an independent school).
/// </summary>
public enum ThresholdLevel
{
    Clear,
    AtRisk,
    Breached,
}

/// <summary>One week's count at a provider: its full-time pupils, those looked after or with an EHC plan, and the level.</summary>
public sealed record ThresholdWeek(DateOnly Monday, int Pupils, int LookedAfterOrEhcp, ThresholdLevel Level);

/// <summary>
/// When an unregistered provider must register as an independent school. Education Act 1996 s463 (as amended by the
/// Education and Skills Act 2008): an institution providing full-time education for five or more pupils of
/// compulsory school age, or for one such pupil who is looked after or has an EHC plan, is an independent school and
/// must register. There is no legal definition of full-time: the platform's one definition is Referral.Service's
/// FullTimeEducation (DfE registration guidance, 2019: 18 hours a week, or less when the institution is the pupil's
/// sole provision), and a placement counts here exactly when its event says it is full time. The count runs across
/// every commissioner, which is why the platform watches it and no single school can. At risk is one full-time pupil
/// short of the number.
/// </summary>
public sealed class RegistrationThresholdRule(RegistrationThresholdOptions options)
{
    /// <summary>
    /// The provider's worst week from the week of <paramref name="today"/> to <see cref="RegistrationThresholdOptions.WeeksAhead"/>
    /// ahead, counting the full-time placements running in each (the earliest of equally bad weeks).
    /// </summary>
    public ThresholdWeek WorstWeek(IReadOnlyCollection<PlacementAtProvider> placements, DateOnly today)
    {
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Enumerable.Range(0, options.WeeksAhead + 1)
            .Select(week => thisMonday.AddDays(7 * week))
            .Select(monday =>
            {
                var running = placements.Where(p => p.IsFullTime && p.RunsDuringWeek(monday)).ToList();
                var lookedAfterOrEhcp = running.Count(p => p.IsLookedAfterOrEhcp);
                return new ThresholdWeek(monday, running.Count, lookedAfterOrEhcp, Assess(running.Count, lookedAfterOrEhcp));
            })
            .MaxBy(week => week.Level)!;
    }

    public ThresholdLevel Assess(int fullTimePupils, int fullTimeLookedAfterOrEhcpPupils) =>
        fullTimePupils >= options.BreachFullTimePupils || fullTimeLookedAfterOrEhcpPupils >= options.BreachFullTimeLookedAfterOrEhcpPupils
            ? ThresholdLevel.Breached
            : fullTimePupils >= options.AtRiskFullTimePupils
                ? ThresholdLevel.AtRisk
                : ThresholdLevel.Clear;
}
