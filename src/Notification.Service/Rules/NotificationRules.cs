using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.Contracts.Referrals;
using APPlatform.Notifications.Letters;
using APPlatform.Notifications.Model;
using static APPlatform.Notifications.Rules.Roles;

namespace APPlatform.Notifications.Rules;

/// <summary>
/// Who is told what, in one place. Each rule names the event, who it tells (an organisation and a role in it) and
/// what it says. An organisation turns a rule off, to inbox only or to email in its settings; by default each reaches
/// the inbox and the role's email contacts, but for news that asks nothing of anyone (a report received). Messages carry ids, dates and links, never a pupil's name or needs.
/// </summary>
public static class NotificationRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        // Parents: the written notice the school must give (trust policy §9; SI 2010/1156 for an off-site direction).
        Rule.On<ParentNotificationIssued>("placement-letter", "The placement letter, emailed to the pupil's parents and carers",
            e => [new(e.SchoolId, Parents)],
            e => new($"Letter to parents: alternative provision from {e.StartDate:d MMMM yyyy}",
                "The placement letter was sent to the parents and carers recorded in the referral. Its delivery to each is listed with this notification.",
                LetterAddress.For(e.PlacementId))),

        // The school's attendance lead and DSL: every absence is followed up the same day.
        Rule.On<AbsenceReported>("absence-reported", "A provider reported a pupil absent, or sent no mark, for a session",
            e => [School(e.SchoolId, AttendanceLead), ArrangingLocalAuthority(e.SchoolId, e.CommissionerId, LocalAuthorityAttendanceTeam)],
            e => new($"{(e.Missing ? "No mark from the provider" : "Absent from alternative provision")}: {e.Date:ddd d MMM} {e.Session}",
                "Follow this absence up today: contact the parents, then record what they said.", $"/api/attendance/cases/{e.CaseId}")),
        Rule.On<RegisterNotSubmitted>("register-not-submitted", "A provider's register was not in by its cut-off",
            e => [.. e.SchoolIds.Select(school => School(school, AttendanceLead)), new(e.ProviderId, ProviderContact)],
            e => new($"Register not received: {e.Date:ddd d MMM} {e.Session}",
                $"The provider's register for this session was not in by its cut-off; {e.MissingSessions} pupil session(s) are marked missing until it is.",
                "/api/attendance/cases?status=unexplained")),
        Rule.On<UnexplainedAbsenceNotFollowedUp>("absence-not-followed-up", "An unexplained absence had no contact recorded by its deadline",
            e => [School(e.SchoolId, AttendanceLead), School(e.SchoolId, Dsl)],
            e => new($"Absence not followed up: {e.Date:ddd d MMM} {e.Session}",
                "No contact with the family has been recorded for this unexplained absence. Follow it up now, or escalate it.",
                $"/api/attendance/cases/{e.CaseId}")),
        Rule.On<UnexplainedMarkNotReplaced>("unexplained-mark-not-replaced", "An absence is still coded N past the school days allowed to establish its reason",
            e => [School(e.SchoolId, AttendanceLead)],
            e => new($"Reason still not recorded: {e.Date:ddd d MMM} {e.Session}",
                $"This absence is still coded N after {e.SchoolDays} school days. Record the reason's code, or O if it cannot be established.",
                $"/api/attendance/cases/{e.CaseId}")),
        Rule.On<AbsenceEscalated>("absence-escalated-to-dsl", "The school escalated an absence to its DSL",
            e => [School(e.SchoolId, Dsl)],
            e => new("Absence escalated to the DSL", "An absence from alternative provision has been escalated to you.", $"/api/attendance/cases/{e.CaseId}"),
            when: e => e.To == "dsl"),
        Rule.On<AbsenceEscalated>("absence-escalated-to-la", "A school escalated an absence to the local authority",
            e => [LocalAuthority(e.LocalAuthorityId, LocalAuthorityAttendanceTeam)],
            e => new("Absence escalated by a school",
                $"School {e.SchoolId} has escalated a pupil's absence from alternative provision to you (case {e.CaseId}, placement {e.PlacementId}, pupil {e.PupilId}).",
                $"/api/attendance/cases/{e.CaseId}"),
            when: e => e.To == "local_authority"),
        Rule.On<AttendanceBelowThreshold>("attendance-below-target", "A placement's attendance fell below the school's target",
            e => [School(e.SchoolId, AttendanceLead), School(e.SchoolId, ApLead)],
            e => new($"Attendance below target: {e.AttendancePercent:0.#}% (target {e.TargetPercent:0.#}%)",
                "Attendance at this placement has fallen below the school's target.", $"/api/attendance/summaries/placements/{e.PlacementId}")),
        Rule.On<ConsecutiveAbsence>("consecutive-absence", "Unauthorised absence on consecutive school days (the LA must be told)",
            e => [School(e.SchoolId, AttendanceLead), LocalAuthority(e.LocalAuthorityId, LocalAuthorityAttendanceTeam)],
            e => new($"Absent for {e.SchoolDays} consecutive school days",
                $"Pupil {e.PupilId} of school {e.SchoolId} has been absent without authorisation for {e.SchoolDays} consecutive school days.",
                $"/api/attendance/summaries/placements/{e.PlacementId}")),
        Rule.On<IllnessAbsence>("illness-absence", "Absence through illness on many school days (the LA must be told)",
            e => [School(e.SchoolId, AttendanceLead), LocalAuthority(e.LocalAuthorityId, LocalAuthorityAttendanceTeam)],
            e => new($"Absent through illness for {e.SchoolDays} school days",
                $"Pupil {e.PupilId} of school {e.SchoolId} has been absent through illness for {e.SchoolDays} school days.",
                $"/api/attendance/summaries/placements/{e.PlacementId}")),
        Rule.On<PenaltyThresholdReached>("penalty-threshold-reached", "Unauthorised absence reached the penalty notice threshold (the LA must be told)",
            e => [LocalAuthority(e.LocalAuthorityId, LocalAuthorityAttendanceTeam), School(e.SchoolId, AttendanceLead)],
            e => new($"{e.UnauthorisedSessions} unauthorised sessions in {e.SchoolWeeks} school weeks",
                $"Pupil {e.PupilId} of school {e.SchoolId} has reached the national threshold for considering a penalty notice: " +
                $"{e.UnauthorisedSessions} sessions of unauthorised absence from alternative provision in a rolling {e.SchoolWeeks} school weeks.",
                $"/api/attendance/summaries/placements/{e.PlacementId}")),

        // The AP lead and the provider: reviews, reports and incidents.
        Rule.On<WeeklyAttendanceFigures>("weekly-attendance", "The week's attendance at alternative provision, every Friday",
            e => [School(e.SchoolId, ApLead)],
            e => new($"Attendance at alternative provision, week of {e.WeekStarting:d MMMM}",
                $"{e.Placements} placement(s): {e.Attended} of {e.SessionsPossible} sessions attended ({e.AttendancePercent:0.#}%); " +
                $"{e.AuthorisedAbsence} authorised and {e.UnauthorisedAbsence} unauthorised absence, {e.Unexplained} still without a reason; {e.OpenCases} case(s) open.",
                $"/api/attendance/schools/{e.SchoolId}/weekly?weekStarting={e.WeekStarting:yyyy-MM-dd}")),
        Rule.On<PlacementReviewDue>("review-due", "A placement's review is due or overdue",
            e => [Commissioner(e.SchoolId, e.CommissionerId), new(e.ProviderId, ProviderContact)],
            e => new($"{(e.Kind == "off_site_direction" ? "Off-site direction review" : "Placement review")} {(e.Overdue ? "overdue" : "due")}: {e.DueOn:d MMMM yyyy}",
                e.Kind == "off_site_direction"
                    ? "The off-site direction is due its review at the interval the governing board set; the provider is asked to contribute."
                    : "The placement's review meeting with the parents (at least termly) is due; the provider is asked to contribute.",
                $"/api/placements/{e.PlacementId}")),
        Rule.On<ProviderReportStatusChanged>("report-requested", "The school asked the provider for a report",
            e => [new(e.ProviderId, ProviderContact)],
            e => new($"Report requested: {e.Term}, due {e.DueOn:d MMMM yyyy}", "The school asks for a report on the pupil's progress, behaviour and welfare.",
                $"/api/placements/{e.PlacementId}/reports"),
            when: e => e.Stage == "requested"),
        Rule.On<ProviderReportStatusChanged>("report-due", "A provider's report is due or overdue",
            e => [new(e.ProviderId, ProviderContact), Commissioner(e.SchoolId, e.CommissionerId)],
            e => new($"Report {e.Stage}: {e.Term}, due {e.DueOn:d MMMM yyyy}", $"The provider's report for {e.Term} is {e.Stage}.",
                $"/api/placements/{e.PlacementId}/reports"),
            when: e => e.Stage is "due" or "overdue"),
        Rule.On<ProviderReportStatusChanged>("report-submitted", "The provider submitted its report",
            e => [Commissioner(e.SchoolId, e.CommissionerId)],
            e => new($"Report received: {e.Term}", "The provider has submitted its report.", $"/api/placements/{e.PlacementId}/reports"),
            when: e => e.Stage == "submitted", defaultChannel: Channel.Inbox),
        Rule.On<FormalReviewHeld>("formal-review-held", "A formal review meeting was held about unsatisfactory progress",
            e => [new(e.ProviderId, ProviderContact), Commissioner(e.SchoolId, e.CommissionerId)],
            e => new($"Formal review {e.Count} held: {(e.Improved ? "improved" : "no improvement yet")}",
                "A formal review meeting about the placement's progress has been recorded.", $"/api/placements/{e.PlacementId}")),
        Rule.On<PlacementEndingAvailable>("placement-ending-available", "Three formal reviews without improvement: the commissioner may end the placement",
            e => [Commissioner(e.SchoolId, e.CommissionerId)],
            e => new("The placement may now be ended", $"{e.FormalReviews} formal reviews have found no improvement (trust policy §12).", $"/api/placements/{e.PlacementId}")),
        Rule.On<ProviderBriefingShared>("briefing-shared", "The school shared what the provider must know about a pupil, or changed it",
            e => [new(e.ProviderId, ProviderContact)],
            e => new("What you need to know about a pupil has been shared",
                "Read it in the platform before you next see the pupil. It is not sent by email.", $"/api/placements/{e.PlacementId}/briefing")),
        Rule.On<SeriousIncidentReported>("serious-incident", "The provider reported a serious incident",
            e => [Commissioner(e.SchoolId, e.CommissionerId), School(e.SchoolId, Dsl)],
            e => new($"Serious incident reported ({e.Category.Replace('_', ' ')})", "Read the provider's report in the platform and acknowledge it.",
                $"/api/placements/{e.PlacementId}")),
        Rule.On<SuspensionDaySixWithoutProvision>("day-six-without-provision", "A suspended pupil reached day six with no provision",
            e => [School(e.SchoolId, ApLead), LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new($"No provision on day six of a suspension ({e.DaySix:d MMMM yyyy})",
                $"Full-time education must be arranged from the sixth school day of a suspension (pupil {e.PupilId}, school {e.SchoolId}).",
                $"/api/referrals/suspensions/{e.SuspensionId}")),
        Rule.On<SchoolCalendarDoesNotCover>("school-calendar-does-not-cover", "The school's calendar has run out: it does not cover a day the platform needed",
            e => [School(e.SchoolId, ApLead)],
            e => new($"Your school calendar has no terms for {e.Day:d MMMM yyyy}",
                $"Your calendar's terms run from {e.TermsFrom:d MMMM yyyy} to {e.TermsUntil:d MMMM yyyy}. Days outside them are counted in England's typical " +
                "school year until you set your terms again, so notice periods and a suspension's day six may be a day or more out.",
                "/api/referrals/school-calendar")),
        Rule.On<ReferralDecided>("referral-awaiting-trust", "A headteacher approved a referral that the trust must decide",
            e => [Trust(e.TrustId)],
            e => new("A referral awaits the trust's decision", $"School {e.SchoolId}'s headteacher approved a referral that the trust's policy asks it to decide.",
                $"/api/referrals/{e.ReferralId}"),
            when: e => e.AwaitingTrust),
        Rule.On<ReferralSubmitted>("referral-awaiting-la-decision", "A referral the LA made was submitted: the LA decides it, not the school's headteacher",
            e => [LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new("A referral awaits the local authority's decision",
                $"The local authority's referral of pupil {e.PupilId} (school {e.SchoolId}) was submitted; the LA decides it and commissions the placement.",
                $"/api/referrals/{e.ReferralId}"),
            when: e => e.LocalAuthorityDecides),

        // The local authority: who is placed where in its area.
        Rule.On<PlacementPlanned>("placement-planned", "A placement in the LA's area was planned (before it starts)",
            e => [LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new($"Placement planned from {e.StartDate:d MMMM yyyy} ({e.RegistrationMode.Replace('_', ' ')})",
                $"Pupil {e.PupilId} of school {e.SchoolId} is to be placed with provider {e.ProposedProviderId}" +
                $"{(e.PlannedEndDate is { } end ? $" until {end:d MMMM yyyy}" : "")}.", $"/api/placements/{e.PlacementId}")),
        Rule.On<PlacementPlanCancelled>("placement-plan-cancelled", "A placement a school had planned in the LA's area will not go ahead",
            e => [LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new("Planned placement cancelled",
                $"School {e.SchoolId} withdrew the referral: pupil {e.PupilId} will not start with provider {e.ProposedProviderId}.",
                $"/api/placements/{e.PlacementId}")),
        Rule.On<PlacementStarted>("placement-started", "A placement at a registered provider started in the LA's area",
            e => [LocalAuthority(e.Placement.LocalAuthorityId, LocalAuthorityApTeam)],
            e => Started(e.Placement, "Placement started"),
            when: e => e.Placement.RegistrationMode != "approved_activity"),
        Rule.On<PlacementStarted>("non-school-placement-started", "A placement at a provider that is not a school (code B) started in the LA's area",
            e => [LocalAuthority(e.Placement.LocalAuthorityId, LocalAuthorityApTeam)],
            e => Started(e.Placement, "Non-school placement started"),
            when: e => e.Placement.RegistrationMode == "approved_activity"),
        Rule.On<PlacementEnded>("placement-ended", "A placement in the LA's area ended",
            e => [LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new($"Placement ended {e.EndDate:d MMMM yyyy} ({e.Reason.Replace('_', ' ')})",
                $"Pupil {e.PupilId} of school {e.SchoolId} has left provider {e.ProviderId}.", $"/api/placements/{e.PlacementId}")),
        Rule.On<ProviderConcernRaised>("provider-concern", "A commissioner raised a concern about a provider in the LA's directory",
            e => [new(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new($"Concern raised about a provider ({e.Category.Replace('_', ' ')})", "Read the concern in the directory.",
                $"/api/directory/concerns/{e.ConcernId}")),

        Rule.On<ProviderAuditExpiring>("audit-expiring", "An audit of a provider stops being valid within a month: audit it again",
            e => [Author(e), LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new($"Audit of a provider valid until {e.ValidUntil:d MMMM yyyy}",
                "Audit the provider again before a placement relies on it after that day (trust policy §7 and Appendix 1).",
                $"/api/directory/audits/{e.AuditId}")),

        // Providers: their own documents and registration (the threshold tells the LA that keeps the provider's record too).
        Rule.On<ProviderDocumentExpiring>("document-expiring", "A document the directory holds for the provider expires soon",
            e => [new(e.ProviderId, ProviderContact)],
            e => new($"Your {e.DocumentType.Replace('_', ' ')} expires on {e.ExpiresOn:d MMMM yyyy}", "Upload the renewed document to the directory before it expires.",
                $"/api/directory/providers/{e.ProviderId}")),
        Rule.On<ProviderRegistrationNotVerified>("registration-not-verified", "The GIAS check found the provider's registration does not match GIAS",
            e => [new(e.ProviderId, ProviderContact)],
            e => new($"Your registration does not match GIAS ({string.Join(", ", e.Mismatches).Replace('_', ' ')})",
                $"The directory's check against Get Information about Schools{(e.Urn is null ? "" : $" for URN {e.Urn}")} found a mismatch; " +
                "your local authority's directory team has it. Correct your GIAS record, or tell the team what has changed.",
                $"/api/directory/providers/{e.ProviderId}")),
        Rule.On<ProviderRegistrationThresholdAtRisk>("registration-threshold-at-risk", "The provider is close to the numbers at which it must register as a school",
            e => [new(e.ProviderId, ProviderContact), LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new($"Close to the registration threshold (week of {e.WeekStarting:d MMMM})",
                $"{e.FullTimePupils} full-time pupils, {e.FullTimeLookedAfterOrEhcpPupils} of them looked after or with an EHC plan.",
                $"/api/directory/providers/{e.ProviderId}")),
        Rule.On<ProviderRegistrationThresholdBreached>("registration-threshold-breached", "The provider has reached the numbers at which it must register as a school",
            e => [new(e.ProviderId, ProviderContact), LocalAuthority(e.LocalAuthorityId, LocalAuthorityApTeam)],
            e => new($"Registration threshold reached (week of {e.WeekStarting:d MMMM})",
                $"{e.FullTimePupils} full-time pupils, {e.FullTimeLookedAfterOrEhcpPupils} of them looked after or with an EHC plan: the provider must register as an independent school.",
                $"/api/directory/providers/{e.ProviderId}")),
    ];

    public static Rule? Named(string name) => All.SingleOrDefault(rule => rule.Name == name);

    private static Recipient School(Guid schoolId, string role) => new(schoolId, role);

    /// <summary>Nobody, when the event names no local authority.</summary>
    private static Recipient? LocalAuthority(Guid? localAuthorityId, string role) => localAuthorityId is { } id ? new(id, role) : null;

    private static Recipient? Trust(Guid? trustId) => trustId is { } id ? new(id, TrustApLead) : null;

    /// <summary>Who runs the placement: the school's AP lead, or the AP team of the local authority that arranged it.</summary>
    private static Recipient Commissioner(Guid schoolId, Guid commissionerId) =>
        ArrangingLocalAuthority(schoolId, commissionerId, LocalAuthorityApTeam) ?? School(schoolId, ApLead);

    /// <summary>The local authority that arranged the placement, in <paramref name="role"/>; nobody when the school did.</summary>
    private static Recipient? ArrangingLocalAuthority(Guid schoolId, Guid commissionerId, string role) =>
        commissionerId == schoolId ? null : new(commissionerId, role);

    /// <summary>Whoever audits again: the author's AP lead, or its AP team for a local authority's own audit.</summary>
    private static Recipient Author(ProviderAuditExpiring e) => e.AuthorType switch
    {
        "trust" => new(e.AuthorOrganisationId, TrustApLead),
        "local_authority" => new(e.AuthorOrganisationId, LocalAuthorityApTeam),
        _ => School(e.AuthorOrganisationId, ApLead),
    };

    private static Message Started(PlacementDetails placement, string title) =>
        new($"{title} {placement.StartDate:d MMMM yyyy}",
            $"Pupil {placement.PupilId} of school {placement.SchoolId} attends provider {placement.ProviderId}, {placement.HoursPerWeek:0.#} hours a week" +
            $"{(placement.IsFullTime ? " (full time)" : "")}.",
            $"/api/placements/{placement.PlacementId}");
}
