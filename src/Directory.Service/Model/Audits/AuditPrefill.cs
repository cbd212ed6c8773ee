using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>A new audit starts with what the directory already knows, so the auditor checks rather than re-types it.</summary>
public static class AuditPrefill
{
    public static AuditAnswers From(Provider provider, Caller author)
    {
        var site = provider.MainSite;
        var inspection = provider.Inspections.FirstOrDefault();
        return new AuditAnswers
        {
            Header = new AuditHeader
            {
                ProviderName = provider.Name,
                Address = site is null ? null : string.Join(", ", new[] { site.AddressLine1, site.AddressLine2, site.Town, site.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p))),
                HeadteacherOrManager = provider.Details.Manager?.Name,
                Website = provider.Details.Website,
            },
            Registration = new RegistrationChecks
            {
                Status = provider.Registration.Status,
                OnLocalAuthorityList = author.LocalAuthorityId is { } la ? provider.LocalAuthorityListings.Any(l => l.LocalAuthorityId == la) : null,
                DfeNumber = provider.Registration.DfeNumber,
                OfstedInspectedOn = inspection?.InspectedOn,
                OfstedGrade = inspection?.Outcome,
                OfstedSafeguardingJudgement = (inspection?.SafeguardingEffective ?? inspection?.SafeguardingMet) switch
                {
                    true => inspection!.Framework == InspectionFramework.ReportCard2025 ? "met" : "effective",
                    false => inspection!.Framework == InspectionFramework.ReportCard2025 ? "not met" : "not effective",
                    null => null,
                },
            },
            Profile = new ProfileChecks
            {
                Places = provider.Profile.Places,
                KeyStages = [.. provider.Profile.KeyStages],
                AdultsOver18 = provider.Profile.AcceptsAdults,
                GcseEnglishAndMaths = provider.Profile.GcseEnglishAndMaths,
                FiveOrMoreGcses = provider.Profile.FiveOrMoreGcses,
                ExamCentre = provider.Profile.ExamCentre,
                ExamCentreNumber = provider.Profile.ExamCentreNumber,
            },
            Documents = AuditQuestionnaire.PolicyDocuments.Select(type => provider.Document(type) is { Seen: true } seen
                ? new DocumentCheck(type, true, seen.Link)
                : new DocumentCheck(type, null, null)).ToList(),
        };
    }
}
