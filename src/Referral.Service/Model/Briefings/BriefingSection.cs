namespace APPlatform.Referrals.Model.Briefings;

/// <summary>
/// A part of the pupil summary the provider must be told (trust policy §10.4, §10.5, §10.8): send (SEN support or the
/// EHC plan's needs and what works), medical (medical needs and care), safeguarding (the DSL's summary, with the
/// social worker's contact where there is one), risk_assessment (the pupil's own risks and how they are managed).
/// </summary>
public enum BriefingTopic
{
    Send,
    Medical,
    Safeguarding,
    RiskAssessment,
}

/// <summary>
/// Why the school may share a part (UK GDPR Art. 6 and, for special-category data, Art. 9 with DPA 2018 Sch. 1):
/// public_task (Art. 6(1)(e) alone: for what is not special-category data), statutory_purpose (Art. 6(1)(e) and
/// 9(2)(g), DPA 2018 Sch. 1 para 6: the school's SEND and medical duties), safeguarding_children (Art. 6(1)(e) and
/// 9(2)(g), DPA 2018 Sch. 1 para 18), explicit_consent (Art. 6(1)(a) and 9(2)(a): the parent's or pupil's).
/// </summary>
public enum LawfulBasis
{
    PublicTask,
    StatutoryPurpose,
    SafeguardingChildren,
    ExplicitConsent,
}

/// <summary>One part of the summary as the school shared it, and who shared it.</summary>
/// <param name="Topic">Which part.</param>
/// <param name="Summary">What the provider needs to know.</param>
/// <param name="WhatWorks">The strategies that work with the pupil, where the school gives them.</param>
/// <param name="LawfulBasis">Why the school may share it.</param>
/// <param name="SharedBy">The person (or, for a system, the client) who shared it.</param>
/// <param name="SharedAt">When (ISO date-time with offset).</param>
public sealed record BriefingSection(BriefingTopic Topic, string Summary, string? WhatWorks, LawfulBasis LawfulBasis, string SharedBy, DateTimeOffset SharedAt);
