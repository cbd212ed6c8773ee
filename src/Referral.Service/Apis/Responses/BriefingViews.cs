using APPlatform.Referrals.Model.Briefings;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>One part of the pupil summary as the caller may read it.</summary>
/// <param name="Topic">Which part.</param>
/// <param name="Summary">What the provider needs to know; null when withheld from the caller.</param>
/// <param name="WhatWorks">The strategies that work with the pupil; null when none are given or withheld.</param>
/// <param name="Withheld">True when the part is the DSL's and the caller does not read safeguarding detail.</param>
/// <param name="LawfulBasis">Why the school may share it.</param>
/// <param name="SharedBy">Who shared it.</param>
/// <param name="SharedAt">When (ISO date-time with offset).</param>
public sealed record BriefingSectionView(
    BriefingTopic Topic, string? Summary, string? WhatWorks, bool Withheld, LawfulBasis LawfulBasis, string SharedBy, DateTimeOffset SharedAt)
{
    public static BriefingSectionView Of(BriefingSection s, bool shown) =>
        new(s.Topic, shown ? s.Summary : null, shown ? s.WhatWorks : null, !shown, s.LawfulBasis, s.SharedBy, s.SharedAt);
}

/// <summary>A read of the summary by the provider, as the access log names the reader.</summary>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="PersonId">The signed-in person (the token's subject); null when the provider's own system read it.</param>
/// <param name="PersonName">That person's name, as their token gave it then.</param>
/// <param name="ClientId">The client (application) it was read through.</param>
public sealed record BriefingRead(DateTimeOffset At, string? PersonId, string? PersonName, string ClientId);

/// <summary>
/// What the provider is told about the pupil (trust policy §10.4–§10.8, §11, §12): the parts the school shared, the
/// pastoral contact, the attainment baseline and the plan's objectives.
/// </summary>
/// <param name="PlacementId">The placement.</param>
/// <param name="PupilId">The pupil.</param>
/// <param name="Sections">The parts shared, by topic.</param>
/// <param name="PastoralContact">The member of school staff the pupil turns to while away.</param>
/// <param name="Baseline">Where the pupil was when referred: attainment, attendance, behaviour.</param>
/// <param name="Objectives">What the placement is for, from the personalised plan.</param>
/// <param name="ProviderReads">For the commissioner: every read by the provider's people, newest first; null for the provider.</param>
/// <param name="MayShare">The parts the caller may share or withdraw (none for the provider).</param>
public sealed record ProviderBriefingView(
    Guid PlacementId, Guid PupilId, List<BriefingSectionView> Sections, StaffMemberView PastoralContact, string? Baseline,
    List<PlanObjectiveView> Objectives, List<BriefingRead>? ProviderReads, List<BriefingTopic> MayShare);
