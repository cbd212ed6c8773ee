using System.Text.Json.Serialization;
using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>Ofsted's frameworks, which are not comparable with each other (domain notes §1.8).</summary>
public enum InspectionFramework
{
    /// <summary>The education inspection framework, 2019 to 2025: grades 1 to 4 and safeguarding effective or not.</summary>
    [JsonStringEnumMemberName("eif_2019")] EducationInspectionFramework2019,

    /// <summary>Report cards from 10 November 2025: a grade per area and safeguarding met or not met.</summary>
    [JsonStringEnumMemberName("report_card_2025")] ReportCard2025,

    /// <summary>An independent school standards inspection: standards met or not met.</summary>
    [JsonStringEnumMemberName("independent_school_standards")] IndependentSchoolStandards,
}

public enum OfstedGrade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

/// <summary>Report card grades, best first.</summary>
public enum ReportCardGrade
{
    Exceptional,
    StrongStandard,
    ExpectedStandard,
    NeedsAttention,
    UrgentImprovement,
}

public enum ReportCardArea
{
    Inclusion,
    CurriculumAndTeaching,
    Achievement,
    AttendanceAndBehaviour,
    PersonalDevelopmentAndWellbeing,
    LeadershipAndGovernance,
    EarlyYears,
    SixthForm,
}

public sealed class OfstedInspection
{
    public Guid Id { get; init; }

    public DateOnly InspectedOn { get; set; }

    public InspectionFramework Framework { get; set; }

    /// <summary>EIF: overall effectiveness (no longer given to state schools from September 2024).</summary>
    public OfstedGrade? OverallEffectiveness { get; set; }

    /// <summary>EIF: the quality of education judgement Appendix 1 asks about.</summary>
    public OfstedGrade? QualityOfEducation { get; set; }

    /// <summary>EIF: safeguarding effective (true) or not effective (false).</summary>
    public bool? SafeguardingEffective { get; set; }

    /// <summary>Report card: a grade for each area inspected.</summary>
    public List<AreaGrade> AreaGrades { get; set; } = [];

    /// <summary>Report card: safeguarding met (true) or not met (false).</summary>
    public bool? SafeguardingMet { get; set; }

    /// <summary>Independent school standards: met (true) or not met (false).</summary>
    public bool? StandardsMet { get; set; }

    public string? ReportUrl { get; set; }

    /// <summary>
    /// One word for search and lists: the EIF grade, a report card's weakest area grade, or standards met / not met.
    /// </summary>
    public string Outcome => Framework switch
    {
        InspectionFramework.EducationInspectionFramework2019 => EnumNames.Name(OverallEffectiveness ?? QualityOfEducation ?? OfstedGrade.Inadequate),
        InspectionFramework.ReportCard2025 => EnumNames.Name(AreaGrades.Max(a => a.Grade)),
        _ => StandardsMet == true ? "standards_met" : "standards_not_met",
    };
}

public sealed class AreaGrade
{
    public ReportCardArea Area { get; set; }

    public ReportCardGrade Grade { get; set; }
}
