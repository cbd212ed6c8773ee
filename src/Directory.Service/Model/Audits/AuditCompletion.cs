namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>
/// What must be answered before an audit counts as completed, from Appendix 1: the header, the registration and profile
/// checks, every policy document, every question of the four sections and the outcome; and for an unregistered provider
/// every caveat and question of its section, with the school improvement team's involvement. An unregistered provider
/// can only be judged suitable when all its caveats are securely met (trust policy §5 and Appendix 1).
/// Problems are keyed by the JSON path of the answer.
/// </summary>
public static class AuditCompletion
{
    public static IReadOnlyDictionary<string, string[]> Problems(AuditAnswers answers, bool providerIsRegistered)
    {
        var problems = new Dictionary<string, List<string>>();
        void Require(bool answered, string path, string message)
        {
            if (!answered)
            {
                (problems.TryGetValue(path, out var list) ? list : problems[path] = []).Add(message);
            }
        }

        var header = answers.Header;
        Require(header.VisitedAt is not null, "answers.header.visitedAt", "Give the date and time of the visit.");
        Require(header.CompletedBy.Count > 0, "answers.header.completedBy", "Name who completed the audit, with their roles.");

        var registration = answers.Registration;
        Require(registration.Status is not null, "answers.registration.status", "State whether the provision is registered or unregistered (check GIAS).");
        Require(registration.OnLocalAuthorityList is not null, "answers.registration.onLocalAuthorityList", "State whether the provider is on the LA providers list.");
        if (registration.Status == RegistrationStatus.Registered)
        {
            Require(!string.IsNullOrWhiteSpace(registration.DfeNumber), "answers.registration.dfeNumber", "Give the DfE number.");
            Require(registration.OfstedInspectedOn is not null, "answers.registration.ofstedInspectedOn", "Give the date of the Ofsted inspection.");
            Require(!string.IsNullOrWhiteSpace(registration.OfstedGrade), "answers.registration.ofstedGrade", "Give the Ofsted grading.");
            Require(!string.IsNullOrWhiteSpace(registration.OfstedSafeguardingJudgement), "answers.registration.ofstedSafeguardingJudgement",
                "Give the Ofsted judgement of safeguarding.");
        }

        var profile = answers.Profile;
        Require(profile.Places is not null, "answers.profile.places", "Give the number of pupil places available.");
        Require(profile.KeyStages.Count > 0, "answers.profile.keyStages", "Give the key stages available.");
        Require(profile.AdultsOver18 is not null, "answers.profile.adultsOver18", "State whether the provision offers places to adults over 18.");
        Require(profile.GcseEnglishAndMaths is not null, "answers.profile.gcseEnglishAndMaths", "State yes, no or n/a for GCSE English and maths.");
        Require(profile.FiveOrMoreGcses is not null, "answers.profile.fiveOrMoreGcses", "State yes, no or n/a for five or more GCSE subjects.");
        Require(profile.ExamCentre is not null, "answers.profile.examCentre", "State yes, no or n/a for a registered exam centre.");
        Require(profile.ExamCentre != YesNoNotApplicable.Yes || !string.IsNullOrWhiteSpace(profile.ExamCentreNumber),
            "answers.profile.examCentreNumber", "Give the exam centre number.");

        foreach (var document in AuditQuestionnaire.PolicyDocuments)
        {
            Require(answers.Documents.Any(d => d.Type == document && d.Seen is not null), $"answers.documents.{ServiceDefaults.Apis.EnumNames.Name(document)}",
                "State 'yes, seen' or 'no'.");
        }

        foreach (var question in AuditQuestionnaire.SectionQuestions)
        {
            Require(answers.SectionAnswers.Any(a => a.QuestionId == question.Id && !string.IsNullOrWhiteSpace(a.Finding)),
                $"answers.sectionAnswers.{question.Id}", $"Answer '{question.Text}' with findings and evidence.");
        }

        var outcome = answers.Outcome;
        Require(outcome.Suitable is not null, "answers.outcome.suitable", "Judge whether the provider is suitable for use.");
        Require(!string.IsNullOrWhiteSpace(outcome.Reason), "answers.outcome.reason", "Summarise the reason for the judgement.");

        if (!providerIsRegistered || registration.Status == RegistrationStatus.Unregistered)
        {
            foreach (var caveat in AuditQuestionnaire.UnregisteredCaveats)
            {
                Require(answers.UnregisteredCaveats.Any(c => c.CaveatId == caveat.Id && c.Met is not null),
                    $"answers.unregisteredCaveats.{caveat.Id}", "State whether this caveat is securely met.");
            }

            foreach (var question in AuditQuestionnaire.UnregisteredQuestions)
            {
                Require(answers.UnregisteredAnswers.Any(a => a.QuestionId == question.Id && !string.IsNullOrWhiteSpace(a.Answer)),
                    $"answers.unregisteredAnswers.{question.Id}", $"Record the provider's answer to '{question.Text}'");
            }

            Require(!string.IsNullOrWhiteSpace(outcome.SchoolImprovementTeamInvolvement), "answers.outcome.schoolImprovementTeamInvolvement",
                "An unregistered provider is used only with the school improvement team's involvement: record it.");
            Require(outcome.Suitable != true || answers.UnregisteredCaveats.All(c => c.Met == true), "answers.outcome.suitable",
                "An unregistered provider can be judged suitable only when every caveat is securely met.");
        }

        return problems.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
