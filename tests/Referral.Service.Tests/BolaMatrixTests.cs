using APPlatform.TestSupport.Bola;
using APPlatform.TestSupport.ReferralForms;
using static APPlatform.ServiceDefaults.Authentication.OrganisationType;

namespace APPlatform.Referrals.Tests;

/// <summary>Who reaches whose records through each route of Referral.Service.</summary>
public sealed class BolaMatrixTests(ReferralBolaRecords records) : BolaMatrixTests<ReferralBolaRecords>(records, Matrix)
{
    private static readonly string Today = ReferralBodies.Today.ToString("yyyy-MM-dd");
    private static readonly object Staff = new { name = "Alex Lead", role = "AP Lead" };

    public static readonly BolaTable Matrix = new()
    {
        ["POST /api/referrals"] = Own.Allowed(PlatformAdmin, LocalAuthority, School)
            | Other.NoRecord("refers the caller's own pupil, or the LA's for a school it names; a school naming another is refused (ReferralTests, LocalAuthorityReferralTests)")
            | Send.Json(side => ReferralBodies.Referral(Guid.Parse(side[ReferralBolaRecords.ProviderKey]))),
        ["GET /api/referrals"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School) | Other.NotListed("referrals/{id}"),
        ["GET /api/referrals/{id}"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School) | Other.Denied,
        ["POST /api/referrals/{id}/chronology"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { on = Today, kind = "intervention", description = "BOLA matrix: mentoring" }),
        ["POST /api/referrals/{id}/submit"] = Own.Allowed(PlatformAdmin, School) | Other.Denied,
        ["POST /api/referrals/{id}/information-request"] = Own.Allowed(PlatformAdmin, Trust, School) | Other.Denied
            | Send.Json(new { reason = "BOLA matrix: more, please" }),
        ["POST /api/referrals/{id}/headteacher-decision"] = Own.Allowed(PlatformAdmin, School) | Other.Denied | Send.Json(ReferralBodies.HeadteacherDecision(true)),
        // The sides' referrals are schools': an LA decides only those it made (LocalAuthorityReferralTests), the admin is told the headteacher decides.
        ["POST /api/referrals/{id}/local-authority-decision"] = Own.Allowed(PlatformAdmin) | Other.Denied | Send.Json(new { approved = true, decidedBy = "LA officer" }),
        ["POST /api/referrals/{id}/trust-decision"] = Own.Allowed(PlatformAdmin, Trust) | Other.Denied | Send.Json(new { approved = true, decidedBy = "Trust director" }),
        ["PUT /api/referrals/{id}/plan"] = Own.Allowed(PlatformAdmin, School) | Other.Denied | Send.Json(ReferralBodies.Plan()),
        ["POST /api/referrals/{id}/parent-agreement"] = Own.Allowed(PlatformAdmin, School) | Other.Denied | Send.Json(ReferralBodies.Agreement(true)),
        ["POST /api/referrals/{id}/withdraw"] = Own.Allowed(PlatformAdmin, School) | Other.Denied | Send.Json(new { reason = "BOLA matrix: withdrawn" }),
        ["POST /api/referrals/{id}/placement"] = Own.Allowed(PlatformAdmin, School) | Other.Denied | Send.Json(ReferralBodies.Placement()),
        ["GET /api/placements"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider) | Other.NotListed("placements/{id}"),
        ["GET /api/placements/{id}"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider) | Other.Denied,
        ["GET /api/placements/{id}/checks"] = Own.Allowed(PlatformAdmin, School) | Other.Denied,
        ["POST /api/placements/{id}/parent-notification"] = Own.Allowed(PlatformAdmin, School) | Other.Denied | Send.Json(ReferralBodies.Notification()),
        ["POST /api/placements/{id}/start"] = Own.Allowed(PlatformAdmin, School) | Other.Denied,
        ["PUT /api/placements/{id}/arrangements"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { timetable = ReferralBodies.Timetable(), isSoleProvision = false, pastoralContact = Staff }),
        // Never the provider's; Notification.Service reads them with a letter token for the one placement (LetterCredentialTests).
        ["GET /api/placements/{id}/parent-notification/letter"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School) | Other.Denied,
        ["GET /api/placements/{id}/parent-notification/recipients"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School) | Other.Denied,
        ["POST /api/placements/{id}/reviews"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { kind = "agreement", heldOn = Today, attendees = new[] { Staff }, progress = "BOLA matrix", outcome = "Continue" }),
        // The BOLA placement is not an off-site direction, so the owner's request is refused with 422, past the access check.
        ["POST /api/placements/{id}/review-requests"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { askedBy = "Grace Okafor", askedOn = Today }),
        ["POST /api/placements/{id}/visits"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { on = Today, staff = new[] { Staff }, observations = "BOLA matrix" }),
        ["GET /api/placements/census"] = Own.Allowed(Trust, School) | Other.NotListed(ReferralBolaRecords.UpnKey),
        // A trust reads its own schools' figures; a platform admin names the trust (here none: 400). TrustReportTests tries another trust.
        ["GET /api/placements/trust-report"] = Own.Allowed(PlatformAdmin, Trust) | Other.NoRecord("reports on the caller's own trust's schools"),
        ["GET /api/placements/trust-report.csv"] = Own.Allowed(PlatformAdmin, Trust) | Other.NoRecord("reports on the caller's own trust's schools"),
        ["GET /api/placements/due"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider) | Other.NotListed("placements/{id}"),
        ["GET /api/placements/{id}/reports"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider) | Other.Denied,
        ["POST /api/placements/{id}/report-requests"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { term = "Spring", dueOn = ReferralBodies.Today.AddDays(40).ToString("yyyy-MM-dd") }),
        ["POST /api/placements/{id}/reports/{reportId}"] = Own.Allowed(Provider) | Other.Denied
            | Send.Json(new { progress = "Good", behaviour = "Settled", welfare = "Well", submittedBy = "Morgan Manager" }),
        ["POST /api/placements/{id}/incidents"] = Own.Allowed(Provider) | Other.Denied | Send.Json(ReferralBolaRecords.Incident),
        ["POST /api/placements/{id}/incidents/{incidentId}/acknowledge"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { response = "BOLA matrix: seen" }),
        ["PUT /api/placements/{id}/reintegration-plan"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { meetingOn = Today, objectives = new[] { new { description = "Return", measure = "Full timetable" } }, support = "Mentor" }),
        ["PUT /api/placements/{id}/final-report"] = Own.Allowed(PlatformAdmin, School, Provider) | Other.Denied
            | Send.Json(new { attainment = "A", progress = "B", attendance = "C", behaviour = "D", submittedBy = "Morgan Manager" }),
        // The commissioner shares, the provider reads; the trust and the school's LA are not told (ProviderBriefingTests).
        ["GET /api/placements/{id}/briefing"] = Own.Allowed(PlatformAdmin, School, Provider) | Other.Denied,
        ["PUT /api/placements/{id}/briefing/{topic}"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { summary = "BOLA matrix: asthma", lawfulBasis = "explicit_consent" }),
        ["DELETE /api/placements/{id}/briefing/{topic}"] = Own.Allowed(PlatformAdmin, School) | Other.Denied,
        ["POST /api/placements/{id}/end"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(new { reason = "reintegrated", endedOn = Today, destination = "returned_to_home_school" }),
        ["POST /api/referrals/pupils/lookup"] = Own.Allowed(School) | Other.NotListed("pupils/{pupilId}")
            | Send.Json(side => new { pupilIds = new[] { side["pupils/{pupilId}"] } }),
        ["PUT /api/referrals/pupils/{id}"] = Own.Allowed(PlatformAdmin, School) | Other.Denied
            | Send.Json(side => ReferralBodies.Pupil(side[ReferralBolaRecords.UpnKey], lastName: side[ReferralBolaRecords.LastNameKey])),
        ["GET /api/referrals/pupils/{pupilId}/subject-access"] = Own.Allowed(PlatformAdmin, School) | Other.Denied,
        ["POST /api/referrals/suspensions"] = Own.Allowed(School) | Other.NoRecord("records a suspension of the caller's own pupil")
            | Send.Json(new { pupil = ReferralBodies.Pupil(), firstDay = Today, schoolDays = 1 }),
        ["GET /api/referrals/suspensions/{id}"] = Own.Allowed(PlatformAdmin, LocalAuthority, School) | Other.Denied,
        ["GET /api/referrals/suspensions/day-six"] = Own.Allowed(PlatformAdmin, LocalAuthority, School)
            | Other.NoRecord("lists the long suspensions of the caller's own pupils, or its area's (DaySixDutyTests)"),
        ["GET /api/referrals/trust-policy"] = Own.Allowed(Trust, School) | Other.NoRecord("reads the caller's own trust's policy"),
        ["PUT /api/referrals/trust-policy"] = Own.Allowed(Trust) | Other.NoRecord("sets the caller's own policy")
            | Send.Json(new { approval = "never", maxUnregisteredHoursPerWeek = 18 }),
        ["GET /api/referrals/school-calendar"] = Own.Allowed(School) | Other.NoRecord("reads the caller's own calendar"),
        ["PUT /api/referrals/school-calendar"] = Own.Allowed(School) | Other.NoRecord("sets the caller's own calendar")
            | Send.Json(new { terms = new[] { new { name = "Autumn", starts = "2026-09-02", ends = "2026-12-18" } } }),
        ["GET /api/referrals/access-log"] = Own.Allowed(PlatformAdmin, School) | Other.NotListed("pupils/{pupilId}"),
    };

    public static TheoryData<string> Operations => Matrix.Operations();
}
