using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Attendance.Model;

/// <summary>
/// Where an absence's follow-up stands (trust policy §10.6): unexplained (just opened), contacted (the family was
/// called, messaged or visited), explained (the school confirmed the reason and its DfE code), closed (done, or
/// withdrawn when the provider corrected the mark), escalated (handed to the DSL or the local authority).
/// </summary>
public enum CaseStatus
{
    Unexplained,
    Contacted,
    Explained,
    Closed,
    Escalated,
}

/// <summary>
/// A follow-up step: called (phoned the family), messaged (wrote to them), home_visit (visited the home), note (a note
/// to the file).
/// </summary>
public enum CaseActionKind
{
    Called,
    Messaged,
    HomeVisit,
    Note,
}

/// <summary>
/// Who takes over an escalated absence: dsl (the school's designated safeguarding lead) or local_authority (the LA's
/// attendance or children missing education team).
/// </summary>
public enum EscalatedTo
{
    Dsl,
    LocalAuthority,
}

/// <summary>One follow-up step on an absence case.</summary>
/// <param name="Kind">What was done.</param>
/// <param name="Note">What was said or found.</param>
/// <param name="By">Who recorded it: the signed-in person's name, or the id of the system client that acted.</param>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="Safeguarding">
/// The DSL's view of the case: recorded by the DSL once it was escalated to them, read among the school's people only by
/// its DSL, its headteacher and those it names. For anyone else the note is withheld.
/// </param>
public sealed record CaseAction(CaseActionKind Kind, string? Note, string By, DateTimeOffset At, bool Safeguarding = false);

/// <summary>
/// The school's follow-up of one absence, opened the day it is reported (trust policy §10.6, §12): unexplained →
/// contacted → explained (with the DfE code, authorised or not) → closed, or escalated to the DSL or the LA.
/// </summary>
public sealed class AbsenceCase
{
    /// <summary>The case's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The absence mark it follows up.</summary>
    public Guid MarkId { get; init; }

    /// <summary>The placement.</summary>
    public Guid PlacementId { get; init; }

    /// <summary>The pupil.</summary>
    public Guid PupilId { get; init; }

    /// <summary>The home school that follows it up.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The school's local authority.</summary>
    public Guid? LocalAuthorityId { get; init; }

    /// <summary>The provider that reported the absence.</summary>
    public Guid ProviderId { get; init; }

    /// <summary>The day of the absence (ISO date).</summary>
    public DateOnly Date { get; init; }

    /// <summary>AM or PM.</summary>
    public Session Session { get; init; }

    /// <summary>Where the follow-up stands.</summary>
    public CaseStatus Status { get; private set; }

    /// <summary>The DfE absence code the school confirmed, once explained.</summary>
    public string? Code { get; private set; }

    /// <summary>The school's explanation of the absence, once explained.</summary>
    public string? Explanation { get; private set; }

    /// <summary>Who took it over, once escalated.</summary>
    public EscalatedTo? EscalatedTo { get; private set; }

    /// <summary>Every follow-up step, oldest first.</summary>
    public List<CaseAction> Actions { get; private set; } = [];

    /// <summary>When the case was opened: the day the absence was reported (ISO date-time with offset).</summary>
    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>When an unexplained absence must have been followed up (contacted at least).</summary>
    public DateTimeOffset FollowUpBy { get; init; }

    /// <summary>
    /// When the daily check of unexplained marks (<see cref="Rules.UnexplainedMarkReplacement"/>) decided this absence,
    /// once its N's time was up: announced if still N, left alone if replaced. Null until then.
    /// </summary>
    public DateTimeOffset? UnexplainedMarkCheckedAt { get; set; }

    /// <summary>Whether it still needs the school: any status but closed.</summary>
    public bool IsOpen => Status is CaseStatus.Unexplained or CaseStatus.Contacted or CaseStatus.Explained or CaseStatus.Escalated;

    public void Act(CaseActionKind kind, string? note, Caller by, DateTimeOffset now)
    {
        RequireOpen();
        var dslsView = EscalatedTo == Model.EscalatedTo.Dsl && by.Person?.HasAny(PersonRoles.DesignatedSafeguardingLead) == true;
        Actions.Add(new CaseAction(kind, note, by.ActingName, now, dslsView));
        if (Status == CaseStatus.Unexplained && kind != CaseActionKind.Note)
        {
            Status = CaseStatus.Contacted;
        }
    }

    /// <summary>The school confirms the reason: the mark takes the DfE code (as the register holds it, "m" being M).</summary>
    public void Explain(string code, string explanation, Caller by, DateTimeOffset now)
    {
        RequireOpen();
        var confirmed = AbsenceCodes.Confirmable(code) ??
            throw new RuleViolationException($"'{code}' is not an absence code; use one of {string.Join(", ", AbsenceCodes.All.Keys)}.");
        (Code, Explanation, Status) = (confirmed, explanation, CaseStatus.Explained);
        Actions.Add(new CaseAction(CaseActionKind.Note, $"Explained: {confirmed}. {explanation}", by.ActingName, now));
    }

    public void Escalate(EscalatedTo to, string note, Caller by, DateTimeOffset now)
    {
        RequireOpen();
        (EscalatedTo, Status) = (to, CaseStatus.Escalated);
        Actions.Add(new CaseAction(CaseActionKind.Note, $"Escalated to the {(to == Model.EscalatedTo.Dsl ? "DSL" : "local authority")}: {note}", by.ActingName, now));
    }

    public void Close(string? note, Caller by, DateTimeOffset now)
    {
        if (Status is not (CaseStatus.Explained or CaseStatus.Escalated))
        {
            throw new StateConflictException("A case is closed once the absence is explained or escalated.");
        }

        Status = CaseStatus.Closed;
        Actions.Add(new CaseAction(CaseActionKind.Note, note ?? "Closed.", by.ActingName, now));
    }

    /// <summary>The provider corrected the mark to present or late: nothing to follow up.</summary>
    public void Withdraw(Caller by, DateTimeOffset now)
    {
        Status = CaseStatus.Closed;
        Actions.Add(new CaseAction(CaseActionKind.Note, "The provider corrected the mark: the pupil attended.", by.ActingName, now));
    }

    /// <summary>
    /// The steps as <paramref name="caller"/> may read them: the DSL's view withheld from anyone but the school's DSL,
    /// headteacher and those it names among its people (a system acting for the school reads what the school may).
    /// </summary>
    public List<CaseAction> ActionsAsSeenBy(Caller caller) =>
        caller.Person is not { } person || person.ReadsSafeguardingDetail
            ? [.. Actions]
            : Actions.Select(a => a.Safeguarding ? a with { Note = "Withheld: the DSL's view of the case is for the DSL, the headteacher and those the school names." } : a).ToList();

    private void RequireOpen()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new StateConflictException("The case is closed.");
        }
    }
}
