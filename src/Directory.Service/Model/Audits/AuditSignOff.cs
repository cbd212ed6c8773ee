using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>
/// A school's completed audit is signed off by the school's headteacher, signed in as themselves, once: the record of
/// the head's oversight of the audit (trust policy §10.3). Sign-off is not a condition of relying on the audit: the
/// policy asks that the audit be completed before a placement starts (§7, §10.4), and the headteacher already approves
/// each referral before any placement (§7, Referral's <c>Decider</c>).
/// </summary>
public static class AuditSignOff
{
    /// <summary>Refuses a sign-off <paramref name="by"/> may not give; returns the person who gives it.</summary>
    public static Person Check(AuditRiskAssessment audit, Caller by)
    {
        if (!audit.IsAuthoredBy(by))
        {
            throw new NotPermittedException("Only the school that wrote the audit signs it off.");
        }

        if (audit.AuthorOrganisationType != OrganisationType.School)
        {
            throw new RuleViolationException("Only a school's audit is signed off by a headteacher.");
        }

        if (audit.CompletedAt is null)
        {
            throw new StateConflictException("Complete the audit before the headteacher signs it off.");
        }

        if (by.Person is not { } person || !person.HasAny([PersonRoles.Headteacher]))
        {
            throw new NotPermittedException("Only the school's headteacher, signed in as themselves, signs off its audit.");
        }

        return audit.SignedOffAt is null ? person : throw new StateConflictException("The audit is already signed off.");
    }
}
