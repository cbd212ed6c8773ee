using System.Net.Http.Json;
using System.Text.Json;

namespace APPlatform.TestSupport.DirectoryForms;

/// <summary>A fully answered Appendix 1 audit, built from the questionnaire the service serves, as a client's form would.</summary>
public static class AuditForm
{
    public static async Task<object> AnswersAsync(HttpClient client, bool registered, bool suitable, bool caveatsMet = true)
    {
        var questionnaire = await client.GetFromJsonAsync<JsonElement>("/api/directory/audits/questionnaire");
        string[] Ids(string list) => questionnaire.GetProperty(list).EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToArray();
        var sectionQuestions = questionnaire.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("questions").EnumerateArray()).Select(q => q.GetProperty("id").GetString()!);

        return new
        {
            header = new
            {
                schoolName = "Demo Dales Academy",
                visitedAt = "2026-10-14T10:00:00Z",
                visitStaff = new[] { new { name = "Alex Morgan", role = "AP Lead" } },
                completedBy = new[] { new { name = "Alex Morgan", role = "AP Lead" } },
            },
            registration = registered
                ? new { status = "registered", onLocalAuthorityList = (bool?)true, dfeNumber = "999/1101", ofstedInspectedOn = "2024-05-01", ofstedGrade = "good", ofstedSafeguardingJudgement = "effective" }
                : new { status = "unregistered", onLocalAuthorityList = (bool?)true, dfeNumber = (string?)null!, ofstedInspectedOn = (string?)null!, ofstedGrade = (string?)null!, ofstedSafeguardingJudgement = (string?)null! },
            profile = new { places = 12, keyStages = new[] { "KS4" }, adultsOver18 = false, gcseEnglishAndMaths = "no", fiveOrMoreGcses = "no", examCentre = "no" },
            documents = questionnaire.GetProperty("policyDocuments").EnumerateArray().Select(d => new { type = d.GetString(), seen = true }),
            unregisteredCaveats = registered ? [] : Ids("unregisteredCaveats").Select(id => new { caveatId = id, met = caveatsMet }).ToArray(),
            unregisteredAnswers = registered ? [] : Ids("unregisteredQuestions").Select(id => new { questionId = id, answer = "Answered on the visit." }).ToArray(),
            sectionAnswers = sectionQuestions.Select(id => new { questionId = id, finding = "Seen on the visit.", evidence = "Visit notes." }),
            outcome = new
            {
                suitable,
                reason = suitable ? "Safe and well run." : "Absences are not reported.",
                schoolImprovementTeamInvolvement = registered ? null : "Agreed with the school improvement team.",
            },
        };
    }
}
