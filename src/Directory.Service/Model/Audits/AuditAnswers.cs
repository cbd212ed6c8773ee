namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>Everything written on an Appendix 1 audit: its header, checks, answers and outcome.</summary>
public sealed class AuditAnswers
{
    /// <summary>Who, where and when: the form's header.</summary>
    public AuditHeader Header { get; set; } = new();

    /// <summary>The checks of the provider's registration.</summary>
    public RegistrationChecks Registration { get; set; } = new();

    /// <summary>The checks of the provider's profile.</summary>
    public ProfileChecks Profile { get; set; } = new();

    /// <summary>One per policy document of the questionnaire.</summary>
    public List<DocumentCheck> Documents { get; set; } = [];

    /// <summary>Only for an unregistered provider.</summary>
    public List<CaveatCheck> UnregisteredCaveats { get; set; } = [];

    /// <summary>Only for an unregistered provider: its extra questions, by question id.</summary>
    public List<QuestionAnswer> UnregisteredAnswers { get; set; } = [];

    /// <summary>The four sections' questions, by question id.</summary>
    public List<SectionAnswer> SectionAnswers { get; set; } = [];

    /// <summary>The audit's conclusion.</summary>
    public AuditOutcome Outcome { get; set; } = new();
}

public sealed class AuditHeader
{
    /// <summary>The commissioning school.</summary>
    public string? SchoolName { get; set; }

    /// <summary>The provider audited.</summary>
    public string? ProviderName { get; set; }

    /// <summary>The site visited.</summary>
    public string? Address { get; set; }

    /// <summary>The provider's headteacher or manager.</summary>
    public string? HeadteacherOrManager { get; set; }

    /// <summary>The provider's website.</summary>
    public string? Website { get; set; }

    /// <summary>When the visit took place (ISO date-time with offset).</summary>
    public DateTimeOffset? VisitedAt { get; set; }

    /// <summary>"Staff involved in the visit: please state name(s) and role(s)".</summary>
    public List<PersonAndRole> VisitStaff { get; set; } = [];

    /// <summary>"This audit completed by: please state name(s) and role(s)".</summary>
    public List<PersonAndRole> CompletedBy { get; set; } = [];
}

/// <summary>A person named on the audit.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Role">Job title.</param>
public sealed record PersonAndRole(string Name, string Role);

/// <summary>"Checks undertaken on provider's registration status" (from GIAS).</summary>
public sealed class RegistrationChecks
{
    /// <summary>Registered or unregistered, as GIAS shows.</summary>
    public RegistrationStatus? Status { get; set; }

    /// <summary>Whether the provider is on the local authority's directory.</summary>
    public bool? OnLocalAuthorityList { get; set; }

    /// <summary>The DfE number from GIAS, e.g. 830/6012.</summary>
    public string? DfeNumber { get; set; }

    /// <summary>The last Ofsted inspection's date (ISO date).</summary>
    public DateOnly? OfstedInspectedOn { get; set; }

    /// <summary>Its grade, as the report gives it.</summary>
    public string? OfstedGrade { get; set; }

    /// <summary>Its safeguarding judgement, as the report gives it.</summary>
    public string? OfstedSafeguardingJudgement { get; set; }
}

public sealed class ProfileChecks
{
    /// <summary>How many places the provider has.</summary>
    public int? Places { get; set; }

    /// <summary>The key stages it teaches.</summary>
    public List<KeyStage> KeyStages { get; set; } = [];

    /// <summary>Whether learners over 18 attend alongside pupils.</summary>
    public bool? AdultsOver18 { get; set; }

    /// <summary>Whether it offers GCSE English and maths.</summary>
    public YesNoNotApplicable? GcseEnglishAndMaths { get; set; }

    /// <summary>Whether it offers five or more GCSEs.</summary>
    public YesNoNotApplicable? FiveOrMoreGcses { get; set; }

    /// <summary>Whether it is a registered exam centre.</summary>
    public YesNoNotApplicable? ExamCentre { get; set; }

    /// <summary>Its exam centre number, 5 digits.</summary>
    public string? ExamCentreNumber { get; set; }
}

/// <summary>Whether the auditor saw one of the provider's policy documents.</summary>
/// <param name="Type">The document.</param>
/// <param name="Seen">Whether it was seen.</param>
/// <param name="Link">Where it is kept.</param>
public sealed record DocumentCheck(DocumentType Type, bool? Seen, string? Link);

/// <summary>Whether one of the caveats for placing with an unregistered provider is securely met.</summary>
/// <param name="CaveatId">The caveat's id in the questionnaire, e.g. caveat.needs_best_met.</param>
/// <param name="Met">Whether it is securely met; all must be for the provider to be judged suitable.</param>
/// <param name="Note">The evidence for the answer.</param>
public sealed record CaveatCheck(string CaveatId, bool? Met, string? Note);

/// <summary>An answer to one of the questionnaire's questions.</summary>
/// <param name="QuestionId">The question's id in the questionnaire.</param>
/// <param name="Answer">The answer given.</param>
public sealed record QuestionAnswer(string QuestionId, string? Answer);

/// <summary>One row of a section: answer and findings with evidence, any concern, and next steps.</summary>
/// <param name="QuestionId">The question's id in the questionnaire.</param>
/// <param name="Finding">The answer and what was found.</param>
/// <param name="Evidence">What the finding rests on.</param>
/// <param name="Concern">Any concern it raises.</param>
/// <param name="NextSteps">What is to be done about it.</param>
public sealed record SectionAnswer(string QuestionId, string? Finding, string? Evidence, string? Concern, string? NextSteps);

/// <summary>"Audit outcomes".</summary>
public sealed class AuditOutcome
{
    /// <summary>"Review concerns and further actions that the audit has revealed."</summary>
    public string? ConcernsAndActions { get; set; }

    /// <summary>Whether the provider is judged suitable.</summary>
    public bool? Suitable { get; set; }

    /// <summary>"Please summarise the reason for your judgement."</summary>
    public string? Reason { get; set; }

    /// <summary>"Discussions around decision making, and involvement from the School Improvement Team."</summary>
    public string? SchoolImprovementTeamInvolvement { get; set; }
}
