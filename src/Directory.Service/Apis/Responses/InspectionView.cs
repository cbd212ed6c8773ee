using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>A report card's grade for one area.</summary>
/// <param name="Area">The area graded.</param>
/// <param name="Grade">Its grade.</param>
public sealed record AreaGradeView(ReportCardArea Area, ReportCardGrade Grade);

/// <summary>One Ofsted inspection of the provider; the fields its framework does not use are null.</summary>
/// <param name="Id">The inspection's id, given by the directory.</param>
/// <param name="InspectedOn">When it was inspected (ISO date).</param>
/// <param name="Framework">The framework it was made under, which says which judgement fields are set.</param>
/// <param name="OverallEffectiveness">EIF: overall effectiveness (no longer given to state schools from September 2024).</param>
/// <param name="QualityOfEducation">EIF: the quality of education judgement Appendix 1 asks about.</param>
/// <param name="SafeguardingEffective">EIF: safeguarding effective (true) or not effective (false).</param>
/// <param name="AreaGrades">Report card: a grade for each area inspected.</param>
/// <param name="SafeguardingMet">Report card: safeguarding met (true) or not met (false).</param>
/// <param name="StandardsMet">Independent school standards: met (true) or not met (false).</param>
/// <param name="ReportUrl">Where Ofsted publishes the report, an absolute URL.</param>
/// <param name="Outcome">
/// One word for search and lists: the EIF grade, a report card's weakest area grade, or standards met / not met.
/// </param>
public sealed record InspectionView(
    Guid Id, DateOnly InspectedOn, InspectionFramework Framework, OfstedGrade? OverallEffectiveness, OfstedGrade? QualityOfEducation,
    bool? SafeguardingEffective, IReadOnlyList<AreaGradeView> AreaGrades, bool? SafeguardingMet, bool? StandardsMet, string? ReportUrl,
    string Outcome)
{
    public static InspectionView From(OfstedInspection i) => new(
        i.Id, i.InspectedOn, i.Framework, i.OverallEffectiveness, i.QualityOfEducation, i.SafeguardingEffective,
        i.AreaGrades.Select(a => new AreaGradeView(a.Area, a.Grade)).ToList(), i.SafeguardingMet, i.StandardsMet, i.ReportUrl, i.Outcome);
}
