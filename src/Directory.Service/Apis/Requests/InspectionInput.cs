using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>A report card's grade for one area.</summary>
/// <param name="Area">The area graded.</param>
/// <param name="Grade">Its grade.</param>
public sealed record AreaGradeInput([property: Required] ReportCardArea? Area, [property: Required] ReportCardGrade? Grade);

/// <summary>
/// An Ofsted inspection, under the framework it was made under: the education inspection framework (2019–25) grades
/// and a safeguarding judgement; a report card (from 10 November 2025) grades each area and says safeguarding is met or
/// not; an independent school standards inspection says whether the standards are met.
/// </summary>
/// <param name="InspectedOn">
/// The inspection's date (ISO date), not in the future; report cards from 10 November 2025.
/// </param>
/// <param name="Framework">The framework it was made under, which decides the other fields.</param>
/// <param name="OverallEffectiveness">eif_2019 only: the overall effectiveness grade.</param>
/// <param name="QualityOfEducation">eif_2019 only: the quality of education grade.</param>
/// <param name="SafeguardingEffective">eif_2019 only: whether safeguarding was effective.</param>
/// <param name="AreaGrades">report_card_2025 only: one grade for every area, each area once.</param>
/// <param name="SafeguardingMet">report_card_2025 only: whether safeguarding was met.</param>
/// <param name="StandardsMet">independent_school_standards only: whether the standards were met.</param>
/// <param name="ReportUrl">The report on Ofsted's website, an absolute URL.</param>
public sealed record InspectionInput(
    [property: Required] DateOnly? InspectedOn,
    [property: Required] InspectionFramework? Framework,
    OfstedGrade? OverallEffectiveness,
    OfstedGrade? QualityOfEducation,
    bool? SafeguardingEffective,
    List<AreaGradeInput>? AreaGrades,
    bool? SafeguardingMet,
    bool? StandardsMet,
    [property: Url, StringLength(500)] string? ReportUrl) : IValidatableObject
{
    public static readonly DateOnly ReportCardsBegan = new(2025, 11, 10);
    public static readonly DateOnly FrameworkOf2019Began = new(2019, 9, 1);

    private static readonly ReportCardArea[] alwaysGraded =
    [
        ReportCardArea.Inclusion, ReportCardArea.CurriculumAndTeaching, ReportCardArea.Achievement,
        ReportCardArea.AttendanceAndBehaviour, ReportCardArea.PersonalDevelopmentAndWellbeing, ReportCardArea.LeadershipAndGovernance,
    ];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var areas = AreaGrades ?? [];
        if (InspectedOn > ValidationClock.LatestPastDate(validationContext))
        {
            yield return new ValidationResult("An inspection cannot be in the future.", [nameof(InspectedOn)]);
        }

        switch (Framework)
        {
            case InspectionFramework.EducationInspectionFramework2019:
                if (InspectedOn < FrameworkOf2019Began || InspectedOn >= ReportCardsBegan)
                {
                    yield return new ValidationResult("The 2019 framework covers inspections from September 2019 until report cards began on 10 November 2025.", [nameof(InspectedOn)]);
                }

                if (OverallEffectiveness is null && QualityOfEducation is null)
                {
                    yield return new ValidationResult("Give the overall effectiveness or quality of education grade.", [nameof(OverallEffectiveness)]);
                }

                if (SafeguardingEffective is null)
                {
                    yield return new ValidationResult("Say whether safeguarding was effective.", [nameof(SafeguardingEffective)]);
                }

                if (areas.Count > 0 || SafeguardingMet is not null)
                {
                    yield return new ValidationResult("Area grades and 'safeguarding met' belong to report cards, not the 2019 framework.", [nameof(AreaGrades)]);
                }

                break;
            case InspectionFramework.ReportCard2025:
                if (InspectedOn < ReportCardsBegan)
                {
                    yield return new ValidationResult("Report cards began on 10 November 2025.", [nameof(InspectedOn)]);
                }

                if (alwaysGraded.Except(areas.Select(a => a.Area ?? default)).ToList() is { Count: > 0 } missing)
                {
                    yield return new ValidationResult($"A report card grades every area; missing: {string.Join(", ", missing.Select(ServiceDefaults.Apis.EnumNames.Name))}.", [nameof(AreaGrades)]);
                }

                if (areas.GroupBy(a => a.Area).Any(g => g.Count() > 1))
                {
                    yield return new ValidationResult("Each area is graded once.", [nameof(AreaGrades)]);
                }

                if (SafeguardingMet is null)
                {
                    yield return new ValidationResult("Say whether safeguarding was met.", [nameof(SafeguardingMet)]);
                }

                if (OverallEffectiveness is not null || QualityOfEducation is not null || SafeguardingEffective is not null)
                {
                    yield return new ValidationResult("Grades 1 to 4 belong to the 2019 framework, not report cards.", [nameof(OverallEffectiveness)]);
                }

                break;
            case InspectionFramework.IndependentSchoolStandards when StandardsMet is null:
                yield return new ValidationResult("Say whether the independent school standards were met.", [nameof(StandardsMet)]);
                break;
        }
    }

    public OfstedInspection ToModel() => new()
    {
        Id = Guid.CreateVersion7(),
        InspectedOn = InspectedOn!.Value,
        Framework = Framework!.Value,
        OverallEffectiveness = OverallEffectiveness,
        QualityOfEducation = QualityOfEducation,
        SafeguardingEffective = SafeguardingEffective,
        AreaGrades = (AreaGrades ?? []).Select(a => new AreaGrade { Area = a.Area!.Value, Grade = a.Grade!.Value }).ToList(),
        SafeguardingMet = SafeguardingMet,
        StandardsMet = StandardsMet,
        ReportUrl = ReportUrl,
    };
}
