using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Briefings;

/// <summary>
/// What the provider must be told about the pupil (trust policy §10.4, §10.5, §10.8, §11): the parts the school's
/// DSL and SENCO choose to share, each with its lawful basis. It stays on the platform: no event, webhook or email
/// carries it, and every read of it is logged.
/// </summary>
public sealed class ProviderBriefing
{
    /// <summary>The placement the summary is for (one summary each).</summary>
    public Guid PlacementId { get; init; }

    /// <summary>The pupil.</summary>
    public Guid PupilId { get; init; }

    /// <summary>The pupil's school.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The parts shared, one per topic.</summary>
    public List<BriefingSection> Sections { get; private set; } = [];

    public static ProviderBriefing For(Placement placement) =>
        new() { PlacementId = placement.Id, PupilId = placement.PupilId, SchoolId = placement.SchoolId };

    /// <summary>Shares a part, or replaces the part of that topic; refused once the placement has ended.</summary>
    public void Share(BriefingSection section, Placement placement, Caller by)
    {
        Require(placement, by, section.Topic);
        if (BriefingRules.LawfulBasisProblem(section.Topic, section.LawfulBasis) is { } problem)
        {
            throw new RuleViolationException(problem);
        }

        Sections.RemoveAll(s => s.Topic == section.Topic);
        Sections.Add(section);
        Sections.Sort((a, b) => a.Topic.CompareTo(b.Topic));
    }

    /// <summary>Stops sharing a part: the provider no longer sees it.</summary>
    public void Withdraw(BriefingTopic topic, Placement placement, Caller by)
    {
        Require(placement, by, topic);
        if (Sections.RemoveAll(s => s.Topic == topic) == 0)
        {
            throw new StateConflictException($"Nothing about {EnumNames.Name(topic)} is shared.");
        }
    }

    private static void Require(Placement placement, Caller by, BriefingTopic topic)
    {
        if (placement.Status == PlacementStatus.Ended)
        {
            throw new StateConflictException("The placement has ended; its provider is told nothing more.");
        }

        if (!BriefingRules.MayShare(by, placement.CommissionerType, topic))
        {
            throw new NotPermittedException(
                $"Only {string.Join(" or ", BriefingRules.Sharers(placement.CommissionerType, topic))} shares what the provider is told about {EnumNames.Name(topic)}.");
        }
    }
}
