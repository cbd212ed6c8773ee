using System.Text.Json.Serialization;
using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// The Ofsted framework an inspection was made under, not comparable with each other (domain notes §1.8): eif_2019
/// (2019 to 2025: grades 1 to 4 and safeguarding effective or not), report_card_2025 (from 10 November 2025: a grade
/// per area and safeguarding met or not), independent_school_standards (standards met or not).
/// </summary>
public enum InspectionFramework
{
    [JsonStringEnumMemberName("eif_2019")] EducationInspectionFramework2019,
    [JsonStringEnumMemberName("report_card_2025")] ReportCard2025,
    [JsonStringEnumMemberName("independent_school_standards")] IndependentSchoolStandards,
}

/// <summary>
/// An education inspection framework (2019) grade: outstanding (1), good (2), requires_improvement (3), inadequate (4).
/// </summary>
public enum OfstedGrade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

/// <summary>
/// A report card grade, best first: exceptional, strong_standard, expected_standard, needs_attention,
/// urgent_improvement.
/// </summary>
public enum ReportCardGrade
{
    Exceptional,
    StrongStandard,
    ExpectedStandard,
    NeedsAttention,
    UrgentImprovement,
}

/// <summary>
/// An area a report card grades: inclusion, curriculum_and_teaching, achievement, attendance_and_behaviour,
/// personal_development_and_wellbeing, leadership_and_governance, early_years and sixth_form (where the provider has
/// them).
/// </summary>
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

/// <summary>One Ofsted inspection of the provider; the fields its framework does not use are null.</summary>
public sealed class OfstedInspection
{
    /// <summary>The inspection's id, given by the directory.</summary>
    public Guid Id { get; init; }

    /// <summary>When it was inspected (ISO date).</summary>
    public DateOnly InspectedOn { get; set; }

    /// <summary>The framework it was made under, which says which judgement fields are set.</summary>
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

    /// <summary>Where Ofsted publishes the report, an absolute URL.</summary>
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

/// <summary>A report card's grade for one area.</summary>
public sealed class AreaGrade
{
    /// <summary>The area graded.</summary>
    public ReportCardArea Area { get; set; }

    /// <summary>Its grade.</summary>
    public ReportCardGrade Grade { get; set; }
}
