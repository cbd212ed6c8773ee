using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>Everything written on an Appendix 1 audit: its header, checks, answers and outcome.</summary>
/// <param name="Header">Who, where and when: the form's header.</param>
/// <param name="Registration">The checks of the provider's registration.</param>
/// <param name="Profile">The checks of the provider's profile.</param>
/// <param name="Documents">One per policy document of the questionnaire.</param>
/// <param name="UnregisteredCaveats">Only for an unregistered provider.</param>
/// <param name="UnregisteredAnswers">Only for an unregistered provider: its extra questions, by question id.</param>
/// <param name="SectionAnswers">The four sections' questions, by question id.</param>
/// <param name="Outcome">The audit's conclusion.</param>
public sealed record AuditAnswersView(
    AuditHeaderView Header, RegistrationChecksView Registration, ProfileChecksView Profile, IReadOnlyList<DocumentCheckView> Documents,
    IReadOnlyList<CaveatCheckView> UnregisteredCaveats, IReadOnlyList<QuestionAnswerView> UnregisteredAnswers,
    IReadOnlyList<SectionAnswerView> SectionAnswers, AuditOutcomeView Outcome)
{
    public static AuditAnswersView From(AuditAnswers a) => new(
        AuditHeaderView.From(a.Header),
        RegistrationChecksView.From(a.Registration),
        ProfileChecksView.From(a.Profile),
        a.Documents.Select(d => new DocumentCheckView(d.Type, d.Seen, d.Link)).ToList(),
        a.UnregisteredCaveats.Select(c => new CaveatCheckView(c.CaveatId, c.Met, c.Note)).ToList(),
        a.UnregisteredAnswers.Select(q => new QuestionAnswerView(q.QuestionId, q.Answer)).ToList(),
        a.SectionAnswers.Select(s => new SectionAnswerView(s.QuestionId, s.Finding, s.Evidence, s.Concern, s.NextSteps)).ToList(),
        new AuditOutcomeView(a.Outcome.ConcernsAndActions, a.Outcome.Suitable, a.Outcome.Reason, a.Outcome.SchoolImprovementTeamInvolvement));
}

/// <summary>Who, where and when: the audit form's header.</summary>
/// <param name="SchoolName">The commissioning school.</param>
/// <param name="ProviderName">The provider audited.</param>
/// <param name="Address">The site visited.</param>
/// <param name="HeadteacherOrManager">The provider's headteacher or manager.</param>
/// <param name="Website">The provider's website.</param>
/// <param name="VisitedAt">When the visit took place (ISO date-time with offset).</param>
/// <param name="VisitStaff">"Staff involved in the visit: please state name(s) and role(s)".</param>
/// <param name="CompletedBy">"This audit completed by: please state name(s) and role(s)".</param>
public sealed record AuditHeaderView(
    string? SchoolName, string? ProviderName, string? Address, string? HeadteacherOrManager, string? Website, DateTimeOffset? VisitedAt,
    IReadOnlyList<PersonAndRoleView> VisitStaff, IReadOnlyList<PersonAndRoleView> CompletedBy)
{
    public static AuditHeaderView From(AuditHeader h) => new(
        h.SchoolName, h.ProviderName, h.Address, h.HeadteacherOrManager, h.Website, h.VisitedAt,
        h.VisitStaff.Select(PersonAndRoleView.From).ToList(), h.CompletedBy.Select(PersonAndRoleView.From).ToList());
}

/// <summary>A person named on the audit.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Role">Job title.</param>
public sealed record PersonAndRoleView(string Name, string Role)
{
    public static PersonAndRoleView From(PersonAndRole p) => new(p.Name, p.Role);
}

/// <summary>"Checks undertaken on provider's registration status" (from GIAS).</summary>
/// <param name="Status">Registered or unregistered, as GIAS shows.</param>
/// <param name="OnLocalAuthorityList">Whether the provider is on the local authority's directory.</param>
/// <param name="DfeNumber">The DfE number from GIAS, e.g. 830/6012.</param>
/// <param name="OfstedInspectedOn">The last Ofsted inspection's date (ISO date).</param>
/// <param name="OfstedGrade">Its grade, as the report gives it.</param>
/// <param name="OfstedSafeguardingJudgement">Its safeguarding judgement, as the report gives it.</param>
public sealed record RegistrationChecksView(
    RegistrationStatus? Status, bool? OnLocalAuthorityList, string? DfeNumber, DateOnly? OfstedInspectedOn, string? OfstedGrade,
    string? OfstedSafeguardingJudgement)
{
    public static RegistrationChecksView From(RegistrationChecks r) =>
        new(r.Status, r.OnLocalAuthorityList, r.DfeNumber, r.OfstedInspectedOn, r.OfstedGrade, r.OfstedSafeguardingJudgement);
}

/// <summary>The checks of the provider's profile.</summary>
/// <param name="Places">How many places the provider has.</param>
/// <param name="KeyStages">The key stages it teaches.</param>
/// <param name="AdultsOver18">Whether learners over 18 attend alongside pupils.</param>
/// <param name="GcseEnglishAndMaths">Whether it offers GCSE English and maths.</param>
/// <param name="FiveOrMoreGcses">Whether it offers five or more GCSEs.</param>
/// <param name="ExamCentre">Whether it is a registered exam centre.</param>
/// <param name="ExamCentreNumber">Its exam centre number, 5 digits.</param>
public sealed record ProfileChecksView(
    int? Places, IReadOnlyList<KeyStage> KeyStages, bool? AdultsOver18, YesNoNotApplicable? GcseEnglishAndMaths, YesNoNotApplicable? FiveOrMoreGcses,
    YesNoNotApplicable? ExamCentre, string? ExamCentreNumber)
{
    public static ProfileChecksView From(ProfileChecks p) =>
        new(p.Places, [.. p.KeyStages], p.AdultsOver18, p.GcseEnglishAndMaths, p.FiveOrMoreGcses, p.ExamCentre, p.ExamCentreNumber);
}

/// <summary>Whether the auditor saw one of the provider's policy documents.</summary>
/// <param name="Type">The document.</param>
/// <param name="Seen">Whether it was seen.</param>
/// <param name="Link">Where it is kept.</param>
public sealed record DocumentCheckView(DocumentType Type, bool? Seen, string? Link);

/// <summary>Whether one of the caveats for placing with an unregistered provider is securely met.</summary>
/// <param name="CaveatId">The caveat's id in the questionnaire, e.g. caveat.needs_best_met.</param>
/// <param name="Met">Whether it is securely met; all must be for the provider to be judged suitable.</param>
/// <param name="Note">The evidence for the answer.</param>
public sealed record CaveatCheckView(string CaveatId, bool? Met, string? Note);

/// <summary>An answer to one of the questionnaire's questions.</summary>
/// <param name="QuestionId">The question's id in the questionnaire.</param>
/// <param name="Answer">The answer given.</param>
public sealed record QuestionAnswerView(string QuestionId, string? Answer);

/// <summary>One row of a section: answer and findings with evidence, any concern, and next steps.</summary>
/// <param name="QuestionId">The question's id in the questionnaire.</param>
/// <param name="Finding">The answer and what was found.</param>
/// <param name="Evidence">What the finding rests on.</param>
/// <param name="Concern">Any concern it raises.</param>
/// <param name="NextSteps">What is to be done about it.</param>
public sealed record SectionAnswerView(string QuestionId, string? Finding, string? Evidence, string? Concern, string? NextSteps);

/// <summary>"Audit outcomes".</summary>
/// <param name="ConcernsAndActions">"Review concerns and further actions that the audit has revealed."</param>
/// <param name="Suitable">Whether the provider is judged suitable.</param>
/// <param name="Reason">"Please summarise the reason for your judgement."</param>
/// <param name="SchoolImprovementTeamInvolvement">
/// "Discussions around decision making, and involvement from the School Improvement Team."
/// </param>
public sealed record AuditOutcomeView(string? ConcernsAndActions, bool? Suitable, string? Reason, string? SchoolImprovementTeamInvolvement);
