namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>Everything written on an Appendix 1 audit: its header, checks, answers and outcome.</summary>
public sealed class AuditAnswers
{
    public AuditHeader Header { get; set; } = new();

    public RegistrationChecks Registration { get; set; } = new();

    public ProfileChecks Profile { get; set; } = new();

    /// <summary>One per policy document of the questionnaire.</summary>
    public List<DocumentCheck> Documents { get; set; } = [];

    /// <summary>Only for an unregistered provider.</summary>
    public List<CaveatCheck> UnregisteredCaveats { get; set; } = [];

    public List<QuestionAnswer> UnregisteredAnswers { get; set; } = [];

    /// <summary>The four sections' questions, by question id.</summary>
    public List<SectionAnswer> SectionAnswers { get; set; } = [];

    public AuditOutcome Outcome { get; set; } = new();
}

public sealed class AuditHeader
{
    public string? SchoolName { get; set; }

    public string? ProviderName { get; set; }

    public string? Address { get; set; }

    public string? HeadteacherOrManager { get; set; }

    public string? Website { get; set; }

    public DateTimeOffset? VisitedAt { get; set; }

    /// <summary>"Staff involved in the visit: please state name(s) and role(s)".</summary>
    public List<PersonAndRole> VisitStaff { get; set; } = [];

    /// <summary>"This audit completed by: please state name(s) and role(s)".</summary>
    public List<PersonAndRole> CompletedBy { get; set; } = [];
}

public sealed record PersonAndRole(string Name, string Role);

/// <summary>"Checks undertaken on provider's registration status" (from GIAS).</summary>
public sealed class RegistrationChecks
{
    public RegistrationStatus? Status { get; set; }

    public bool? OnLocalAuthorityList { get; set; }

    public string? DfeNumber { get; set; }

    public DateOnly? OfstedInspectedOn { get; set; }

    public string? OfstedGrade { get; set; }

    public string? OfstedSafeguardingJudgement { get; set; }
}

public sealed class ProfileChecks
{
    public int? Places { get; set; }

    public List<KeyStage> KeyStages { get; set; } = [];

    public bool? AdultsOver18 { get; set; }

    public YesNoNotApplicable? GcseEnglishAndMaths { get; set; }

    public YesNoNotApplicable? FiveOrMoreGcses { get; set; }

    public YesNoNotApplicable? ExamCentre { get; set; }

    public string? ExamCentreNumber { get; set; }
}

public sealed record DocumentCheck(DocumentType Type, bool? Seen, string? Link);

public sealed record CaveatCheck(string CaveatId, bool? Met, string? Note);

public sealed record QuestionAnswer(string QuestionId, string? Answer);

/// <summary>One row of a section: answer and findings with evidence, any concern, and next steps.</summary>
public sealed record SectionAnswer(string QuestionId, string? Finding, string? Evidence, string? Concern, string? NextSteps);

/// <summary>"Audit outcomes".</summary>
public sealed class AuditOutcome
{
    /// <summary>"Review concerns and further actions that the audit has revealed."</summary>
    public string? ConcernsAndActions { get; set; }

    public bool? Suitable { get; set; }

    /// <summary>"Please summarise the reason for your judgement."</summary>
    public string? Reason { get; set; }

    /// <summary>"Discussions around decision making, and involvement from the School Improvement Team."</summary>
    public string? SchoolImprovementTeamInvolvement { get; set; }
}
