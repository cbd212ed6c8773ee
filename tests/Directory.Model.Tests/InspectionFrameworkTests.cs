using APPlatform.ProviderDirectory.Apis.Requests;
using Microsoft.Extensions.Time.Testing;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>
/// Domain notes §1.8: an inspection fits the framework it was made under: the 2019 framework from September 2019 until
/// report cards began on 10 November 2025, a report card from then grading every area once, the independent school
/// standards met or not.
/// </summary>
public sealed class InspectionFrameworkTests
{
    private const string EveryArea = """
        [{"area": "inclusion", "grade": "strong_standard"}, {"area": "curriculum_and_teaching", "grade": "expected_standard"},
         {"area": "achievement", "grade": "expected_standard"}, {"area": "attendance_and_behaviour", "grade": "needs_attention"},
         {"area": "personal_development_and_wellbeing", "grade": "strong_standard"}, {"area": "leadership_and_governance", "grade": "expected_standard"}]
        """;

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, string> InvalidInspections => new()
    {
        { """{"inspectedOn": "2024-05-01", "framework": "eif_2019", "overallEffectiveness": "good"}""", "safeguardingEffective" },
        { """{"inspectedOn": "2024-05-01", "framework": "eif_2019", "safeguardingEffective": true}""", "overallEffectiveness" },
        { """{"inspectedOn": "2025-12-01", "framework": "eif_2019", "overallEffectiveness": "good", "safeguardingEffective": true}""", "inspectedOn" },
        { """{"inspectedOn": "2025-11-10", "framework": "eif_2019", "overallEffectiveness": "good", "safeguardingEffective": true}""", "inspectedOn" },
        { """{"inspectedOn": "2019-08-31", "framework": "eif_2019", "overallEffectiveness": "good", "safeguardingEffective": true}""", "inspectedOn" },
        { """{"inspectedOn": "2024-05-01", "framework": "eif_2019", "overallEffectiveness": "good", "safeguardingEffective": true, "safeguardingMet": true}""", "areaGrades" },
        { """{"inspectedOn": "2025-10-01", "framework": "report_card_2025", "safeguardingMet": true, "areaGrades": []}""", "inspectedOn" },
        { $$"""{"inspectedOn": "2025-11-09", "framework": "report_card_2025", "safeguardingMet": true, "areaGrades": {{EveryArea}}}""", "inspectedOn" },
        { """{"inspectedOn": "2026-02-01", "framework": "report_card_2025", "safeguardingMet": true, "areaGrades": [{"area": "inclusion", "grade": "exceptional"}]}""", "areaGrades" },
        { $$"""{"inspectedOn": "2026-02-01", "framework": "report_card_2025", "areaGrades": {{EveryArea}}}""", "safeguardingMet" },
        { $$"""{"inspectedOn": "2026-02-01", "framework": "report_card_2025", "safeguardingMet": true, "overallEffectiveness": "good", "areaGrades": {{EveryArea}}}""", "overallEffectiveness" },
        { """{"inspectedOn": "2026-02-01", "framework": "independent_school_standards"}""", "standardsMet" },
        { """{"inspectedOn": "2099-02-01", "framework": "independent_school_standards", "standardsMet": true}""", "inspectedOn" },
        { """{"framework": "eif_2019"}""", "inspectedOn" },
        { """{"inspectedOn": "2024-05-01"}""", "framework" },
        { """{"inspectedOn": "2024-05-01", "framework": "independent_school_standards", "standardsMet": true, "reportUrl": "reports/1"}""", "reportUrl" },
    };

    [Theory]
    [MemberData(nameof(InvalidInspections))]
    public void AnInspectionMustFitItsFramework(string json, string field)
    {
        var refused = Requests.RefusedFields(Requests.Read<InspectionInput>(json), clock);

        Assert.True(refused.Contains(field), $"{field} should be refused: {string.Join(", ", refused)}");
    }

    [Fact]
    public void EachAreaIsGradedOnce()
    {
        var twice = EveryArea.Replace("]", """, {"area": "inclusion", "grade": "exceptional"}]""");

        var refused = Requests.RefusedFields(
            Requests.Read<InspectionInput>($$"""{"inspectedOn": "2026-02-01", "framework": "report_card_2025", "safeguardingMet": true, "areaGrades": {{twice}}}"""), clock);

        Assert.Equal("areaGrades", Assert.Single(refused));
    }

    public static TheoryData<string> ValidInspections => new()
    {
        """{"inspectedOn": "2019-09-01", "framework": "eif_2019", "qualityOfEducation": "good", "safeguardingEffective": true}""",
        """{"inspectedOn": "2025-11-09", "framework": "eif_2019", "overallEffectiveness": "inadequate", "safeguardingEffective": false}""",
        $$"""{"inspectedOn": "2025-11-10", "framework": "report_card_2025", "safeguardingMet": true, "areaGrades": {{EveryArea}}}""",
        """{"inspectedOn": "2012-06-01", "framework": "independent_school_standards", "standardsMet": false, "reportUrl": "https://reports.ofsted.gov.uk/provider/1"}""",
    };

    [Theory]
    [MemberData(nameof(ValidInspections))]
    public void AnInspectionFittingItsFrameworkIsAccepted(string json) =>
        Assert.Empty(Requests.RefusedFields(Requests.Read<InspectionInput>(json), clock));

    [Theory]
    [InlineData("""{"id": "018f0000-0000-7000-8000-000000000001", "inspectedOn": "2024-05-01", "framework": "eif_2019", "overallEffectiveness": "requires_improvement", "qualityOfEducation": "good"}""", "requires_improvement")]
    [InlineData("""{"id": "018f0000-0000-7000-8000-000000000001", "inspectedOn": "2024-05-01", "framework": "eif_2019", "qualityOfEducation": "good"}""", "good")]
    [InlineData("""{"id": "018f0000-0000-7000-8000-000000000001", "inspectedOn": "2026-02-01", "framework": "report_card_2025", "areaGrades": [{"area": "inclusion", "grade": "strong_standard"}, {"area": "achievement", "grade": "needs_attention"}]}""", "needs_attention")]
    [InlineData("""{"id": "018f0000-0000-7000-8000-000000000001", "inspectedOn": "2020-02-01", "framework": "independent_school_standards", "standardsMet": true}""", "standards_met")]
    [InlineData("""{"id": "018f0000-0000-7000-8000-000000000001", "inspectedOn": "2020-02-01", "framework": "independent_school_standards", "standardsMet": false}""", "standards_not_met")]
    public void AnInspectionsOutcomeIsItsGradeItsWeakestAreaOrWhetherTheStandardsWereMet(string json, string outcome) =>
        Assert.Equal(outcome, Requests.Read<OfstedInspection>(json).Outcome);
}
