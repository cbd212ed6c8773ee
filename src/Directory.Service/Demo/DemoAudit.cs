using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Demo;

/// <summary>A completed Appendix 1 audit for the demo: every item answered, as an AP lead would after a visit.</summary>
internal static class DemoAudit
{
    public static AuditAnswers Answers(Provider provider, Caller author, bool suitable, DateTimeOffset now)
    {
        var answers = AuditPrefill.From(provider, author);
        answers.Header.SchoolName = author.OrganisationId == DemoDirectory.School ? "Demo Dales Academy" : "Demo Vale Academy";
        answers.Header.VisitedAt = now.AddDays(-21);
        answers.Header.VisitStaff = [new PersonAndRole("Alex Morgan", "AP Lead"), new PersonAndRole("Jas Kaur", "DSL")];
        answers.Header.CompletedBy = [new PersonAndRole("Alex Morgan", "AP Lead")];
        answers.Registration.OnLocalAuthorityList = true;
        answers.Registration.OfstedGrade ??= provider.IsRegistered ? "good" : null;
        answers.Profile.AdultsOver18 ??= false;
        answers.Profile.GcseEnglishAndMaths ??= YesNoNotApplicable.NotApplicable;
        answers.Profile.FiveOrMoreGcses ??= YesNoNotApplicable.NotApplicable;
        answers.Profile.ExamCentre ??= YesNoNotApplicable.No;
        answers.Documents = AuditQuestionnaire.PolicyDocuments.Select(type => new DocumentCheck(type, true, $"https://documents.example.org/{provider.Id:N}/{type}.pdf")).ToList();
        answers.SectionAnswers = AuditQuestionnaire.SectionQuestions
            .Select(question => new SectionAnswer(question.Id, "Seen on the visit and discussed with the manager.", "Visit notes and documents seen.",
                suitable ? null : "Attendance is reported late.", suitable ? null : "Agree daily absence calls before any placement."))
            .ToList();
        if (!provider.IsRegistered)
        {
            answers.UnregisteredCaveats = AuditQuestionnaire.UnregisteredCaveats.Select(caveat => new CaveatCheck(caveat.Id, suitable, null)).ToList();
            answers.UnregisteredAnswers = AuditQuestionnaire.UnregisteredQuestions
                .Select(question => new QuestionAnswer(question.Id, "Explained clearly; the provider keeps a weekly register of hours per pupil."))
                .ToList();
            answers.Outcome.SchoolImprovementTeamInvolvement = "Discussed with the trust's school improvement team, who agreed the placement plan.";
        }

        answers.Outcome.Suitable = suitable;
        answers.Outcome.Reason = suitable
            ? "Safe, well-organised provision that matches our pupils' needs."
            : "Absences are not reported the same day; not suitable until that changes.";
        answers.Outcome.ConcernsAndActions = suitable ? "None beyond termly review." : "Same-day absence reporting must be in place.";
        return answers;
    }
}
