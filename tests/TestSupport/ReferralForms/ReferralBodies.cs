using System.Text.Json;
using System.Text.Json.Nodes;

namespace APPlatform.TestSupport.ReferralForms;

/// <summary>Request bodies for the referral journey as a school's client sends them, complete enough to pass validation.</summary>
public static class ReferralBodies
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The first birthday of this school year's year 10 (1 September): they were born in the next twelve months.</summary>
    public static DateOnly YearTenBornFrom => new((Today.Month >= 9 ? Today.Year : Today.Year - 1) - 15, 9, 1);

    /// <summary>The test pupil's birthday: 4 May, in year 10 this school year.</summary>
    public static DateOnly YearTenBirthday => YearTenBornFrom.AddMonths(8).AddDays(3);

    /// <summary>
    /// A random UPN with a valid check letter, as a school's MIS would issue: the DfE's algorithm weights the twelve
    /// digits 2 to 13, and the sum modulo 23 picks the letter (I, O and S left out).
    /// </summary>
    public static string NewUpn()
    {
        var digits = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString();
        var sum = digits.Select((digit, i) => (digit - '0') * (i + 2)).Sum();
        return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum % 23] + digits;
    }

    public static object Pupil(string? upn = null, bool lookedAfter = false, string sen = "sen_support", string carerEmail = "sam@example.org",
        string firstName = "Jordan", string lastName = "Example", DateOnly? dateOfBirth = null) => new
    {
        upn = upn ?? NewUpn(),
        firstName,
        lastName,
        dateOfBirth = (dateOfBirth ?? YearTenBirthday).ToString("yyyy-MM-dd"),
        yearGroup = 10,
        sen,
        ehcpCaseworker = sen == "ehc_plan" ? "Pat Caseworker" : null,
        isLookedAfter = lookedAfter,
        virtualSchoolHead = lookedAfter ? "Vic Head" : null,
        socialWorker = lookedAfter ? "Sol Worker" : null,
        protection = "none",
        freeSchoolMeals = true,
        carers = new[] { new { name = "Sam Example", relationship = "mother", email = carerEmail, phone = "01632 960001" } },
    };

    public static object[] Timetable(int mornings = 3) =>
        Enumerable.Range(1, mornings).Select(i => (object)new { day = ((DayOfWeek)i).ToString().ToLowerInvariant(), session = "AM", starts = "09:00:00", ends = "12:00:00" }).ToArray();

    public static object Referral(Guid providerId, DateOnly? start = null, object[]? timetable = null, string reason = "risk_of_exclusion", string? route = null,
        bool withChronology = true, decimal cost = 300, object? pupil = null, decimal? budget = null) => new
    {
        pupil = pupil ?? Pupil(),
        reasons = new[] { reason },
        reasonDetail = "Two suspensions this term and falling attendance.",
        route,
        needs = "SEMH; works best in small groups.",
        proposal = new
        {
            providerId,
            timetable = timetable ?? Timetable(),
            startDate = (start ?? Today.AddDays(14)).ToString("yyyy-MM-dd"),
            plannedEndDate = (start ?? Today.AddDays(14)).AddDays(84).ToString("yyyy-MM-dd"),
            costPerWeek = cost,
            budget,
        },
        unregisteredJustification = "No registered place within travelling distance offers construction skills.",
        chronology = withChronology
            ? new[] { new { on = Today.AddDays(-60).ToString("yyyy-MM-dd"), kind = "intervention", description = "Mentoring twice a week", impact = "Fewer incidents; attendance still falling." } }
            : [],
    };

    /// <summary>
    /// A local authority's referral of a pupil on <paramref name="schoolId"/>'s roll, under its <paramref name="duty"/>
    /// (a permanent exclusion's from <paramref name="excludedFrom"/>).
    /// </summary>
    public static JsonNode LocalAuthorityReferral(Guid providerId, Guid schoolId, string duty = "permanent_exclusion", DateOnly? excludedFrom = null)
    {
        var body = JsonSerializer.SerializeToNode(Referral(providerId, reason: duty == "permanent_exclusion" ? "permanent_exclusion" : "physical_health"))!;
        body["schoolId"] = schoolId;
        body["arrangedByLocalAuthority"] = JsonSerializer.SerializeToNode(new { duty, excludedFrom });
        return body;
    }

    public static object HeadteacherDecision(bool approved) => new
    {
        approved,
        decidedBy = "Dr A Head",
        note = approved ? "Agreed: the chronology shows mainstream support has been exhausted." : "Try the internal unit first.",
        apLead = new { name = "Alex Lead", role = "AP Lead", email = "alex.lead@school.example" },
    };

    public static object Plan() => new
    {
        objectives = new[] { new { description = "Attend every timetabled session", measure = "Attendance 90% or more", by = Today.AddDays(60).ToString("yyyy-MM-dd") } },
        baseline = "Attendance 71%; reading age 11.",
        timeframes = "Twelve weeks, reviewed at six.",
        assessmentAndMonitoring = "Weekly attendance; termly report from the provider.",
        reintegrationTarget = "Back to full timetable at school after Easter.",
    };

    public static object Agreement(bool agreed, int reviewEveryWeeks = 12) => new
    {
        meetingOn = Today.AddDays(-1).ToString("yyyy-MM-dd"),
        attendees = new[] { new { name = "Sam Example", role = "Parent" }, new { name = "Alex Lead", role = "AP Lead" } },
        agreed,
        responsibilities = agreed ? "School: transport and pastoral calls; provider: daily registers; parent: mornings." : null,
        reviewEveryWeeks = agreed ? reviewEveryWeeks : (int?)null,
        concernsRoute = agreed ? "Provider calls the school DSL on the same day." : null,
        refusalReason = agreed ? null : "Worried about travel.",
    };

    public static object Placement(string legalBasis = "school_arranged", string registrationMode = "approved_activity", bool soleProvision = false,
        string? commissionerType = null) => new
    {
        commissionerType,
        legalBasis,
        registrationMode,
        address = "Unit 4, Bank Road, Matlock DE4 3AG",
        personResponsible = new { name = "Morgan Manager", role = "Centre manager", phone = "01632 960002" },
        pastoralContact = new { name = "Pat Pastoral", role = "Head of Year 10", email = "pat@school.example" },
        isSoleProvision = soleProvision,
    };

    public static object Notification() => new
    {
        schoolName = "Demo Dales Academy",
        purpose = "To keep Jordan in education while building the skills to return to full-time lessons.",
        reason = "Jordan has had two suspensions this term and finds large classes hard.",
        issuedBy = "Alex Lead, AP Lead",
    };
}
