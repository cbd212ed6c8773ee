namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>One question (or caveat) of the audit form, in the seed's own words.</summary>
/// <param name="Id">The question's id, e.g. caveat.needs_best_met, which an audit's answers refer to.</param>
/// <param name="Text">The question as the form asks it.</param>
/// <param name="Prompts">The form's prompts for what a good answer covers; empty when it has none.</param>
public sealed record AuditQuestion(string Id, string Text, IReadOnlyList<string> Prompts);

/// <summary>One section of the audit form and its questions.</summary>
/// <param name="Id">The section's id, which an audit's answers refer to.</param>
/// <param name="Title">The section's title on the form.</param>
/// <param name="Questions">Its questions, in the form's order.</param>
public sealed record AuditSection(string Id, string Title, IReadOnlyList<AuditQuestion> Questions);

/// <summary>
/// The trust policy's Appendix 1, "Use of Alternative Provision: Audit and Risk Assessment" (seed 003), as data: the
/// caveats and questions for unregistered providers and the four sections every audit answers. Answers refer to
/// these ids; the questionnaire is served to clients so forms show the seed's own words.
/// </summary>
public static class AuditQuestionnaire
{
    /// <summary>"Provision documentation": the eleven policies checked "yes, seen" or "no".</summary>
    public static readonly IReadOnlyList<DocumentType> PolicyDocuments =
    [
        DocumentType.SafeguardingPolicy, DocumentType.StaffSafeguardingTrainingRecords, DocumentType.SaferRecruitmentPolicy,
        DocumentType.SingleCentralRecord, DocumentType.StaffCodeOfConduct, DocumentType.SendPolicy, DocumentType.HealthAndSafetyPolicy,
        DocumentType.ComplaintsPolicy, DocumentType.RsePshePolicy, DocumentType.ActivityRiskAssessments, DocumentType.AntiBullyingPolicy,
    ];

    /// <summary>"A pupil should only be placed with an unregistered provider if all the caveats below are securely met."</summary>
    public static readonly IReadOnlyList<AuditQuestion> UnregisteredCaveats =
    [
        Q("caveat.no_registered_alternative", "The pupil's needs cannot be met appropriately within good and better registered provision locally, and the trust's school improvement team has been consulted."),
        Q("caveat.needs_best_met", "The specific needs of the individual pupil determine that this placement is the one most appropriately matched to meeting them."),
        Q("caveat.audit_applied", "This audit is robustly applied through a pre-referral QA visit and regular visits once the pupil attends, which show the provision is consistently suitable for the pupil."),
        Q("caveat.below_registration_threshold", "The provider consistently shows evidence that it does not meet the thresholds at which it must register as an independent school (five or more full-time pupils of compulsory school age, or one who is looked after or has an EHC plan)."),
        Q("caveat.hours_within_limit", "The pupil's time at unregistered providers stays within the trust's maximum hours a week."),
        Q("caveat.professionals_agree", "Wider professionals, including the school improvement team, agree that this placement is the only solution, all are aware of the risks, and steps are taken to manage them."),
    ];

    /// <summary>"Unregistered providers only: please discuss with the AP HT/Manager and record responses."</summary>
    public static readonly IReadOnlyList<AuditQuestion> UnregisteredQuestions =
    [
        Q("unregistered.legal_requirements", "What do you understand in terms of the legal requirements for an education provider needing to register as an independent school?"),
        Q("unregistered.threshold_systems", "What systems do you have in place to enable you to know whether you have met this threshold?"),
        Q("unregistered.pupil_profile", "What is the profile of current pupils?"),
        Q("unregistered.looked_after_or_ehcp", "Do you have any pupils who are looked-after or have an EHCP?"),
        Q("unregistered.full_time_placements", "Do you offer full-time placements? (Full-time is usually around 18 hours per week, but a pupil receiving less than 18 hours could still be considered full-time if the provider is the sole provision for that pupil.)"),
        Q("unregistered.full_time_looked_after_or_ehcp", "Are any of the full-time pupils looked after or have an EHCP? If so, how many?"),
        Q("unregistered.typical_hours", "How many hours do full-time/part-time pupils typically receive each week?"),
    ];

    /// <summary>"Auditing tool for all Alternative Providers": each answered with findings and evidence, concern and next steps.</summary>
    public static readonly IReadOnlyList<AuditSection> Sections =
    [
        new("safeguarding", "Safeguarding",
        [
            Q("safeguarding.policies_in_place", "Are all safeguarding policies in place?"),
            Q("safeguarding.annual_training", "Have all staff completed annual safeguarding training?"),
            Q("safeguarding.provider_audit", "Has the provision completed a safeguarding audit?"),
            Q("safeguarding.pastoral_support", "How does the AP support pupils pastorally?"),
            Q("safeguarding.who_pupils_tell", "If our pupil has concerns about safeguarding or well-being, who do they speak to?"),
            Q("safeguarding.visit_observations", "Observations during visit:"),
            Q("safeguarding.external_agencies", "What external agencies does the AP work with?",
                "Social care", "Educational psychology services", "CAMHS", "Youth offending teams", "Drug support services"),
        ]),
        new("quality_of_education", "Quality of Education",
        [
            Q("quality.ofsted_judgement", "How did Ofsted judge the quality of education in the last report?"),
            Q("quality.visit_observations", "Observations during visit:",
                "Pupil engagement", "Pupil behaviour", "Pastoral support", "Quality of teaching", "Adult-pupil interaction",
                "The needs of pupils with special educational needs and/or disabilities are being met"),
            Q("quality.curriculum", "How is the curriculum organised?",
                "Long-term plans, medium-term plans and weekly timetables, and whether these are in line with your school's curriculum (especially in English, maths and science)",
                "Whether lessons are differentiated to meet all pupils' needs"),
            Q("quality.lesson_planning", "How do teachers plan their lessons?", "Books", "Displays", "Talk to staff"),
            Q("quality.assessment", "How does the AP assess learning, what pupil progress checks are in place?"),
            Q("quality.extra_curricular", "What extra-curricular opportunities does the AP offer?"),
        ]),
        new("transition", "Transition procedures",
        [
            Q("transition.induction", "What are the AP's induction arrangements?"),
            Q("transition.tasters", "Does the AP offer taster sessions/pupil visits?"),
            Q("transition.return_to_mainstream", "What is the process for transition from AP back into mainstream education?",
                "How frequently this is reviewed", "What are the determining factors/evidence", "Who is involved in the process", "Can they share a positive example"),
        ]),
        new("communication", "Communication and Information Sharing",
        [
            Q("communication.attendance_tracking", "How does the AP track pupil attendance?"),
            Q("communication.absence_notification", "What is the process for notifying schools of pupil absence?"),
            Q("communication.sharing_concerns", "How do we share concerns regarding one of our pupils attending AP?"),
            Q("communication.progress_reporting", "How will we be informed of pupil progress?"),
            Q("communication.parent_contact", "How does the AP communicate with parents/carers?"),
            Q("communication.review_frequency", "How regular are reviews scheduled between parents, school and other professionals?"),
        ]),
    ];

    public static IEnumerable<AuditQuestion> SectionQuestions => Sections.SelectMany(section => section.Questions);

    private static AuditQuestion Q(string id, string text, params string[] prompts) => new(id, text, prompts);
}
