using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Attendance.Model;

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

public sealed record CaseAction(CaseActionKind Kind, string? Note, string By, DateTimeOffset At);

/// <summary>
/// The school's follow-up of one absence, opened the day it is reported (trust policy §10.6, §12): unexplained →
/// contacted → explained (with the DfE code, authorised or not) → closed, or escalated to the DSL or the LA.
/// </summary>
public sealed class AbsenceCase
{
    public Guid Id { get; init; }

    public Guid MarkId { get; init; }

    public Guid PlacementId { get; init; }

    public Guid PupilId { get; init; }

    public Guid SchoolId { get; init; }

    public Guid? LocalAuthorityId { get; init; }

    public Guid ProviderId { get; init; }

    public DateOnly Date { get; init; }

    public Session Session { get; init; }

    public CaseStatus Status { get; private set; }

    public string? Code { get; private set; }

    public string? Explanation { get; private set; }

    public EscalatedTo? EscalatedTo { get; private set; }

    public List<CaseAction> Actions { get; private set; } = [];

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>When an unexplained absence must have been followed up (contacted at least).</summary>
    public DateTimeOffset FollowUpBy { get; init; }

    public bool IsOpen => Status is CaseStatus.Unexplained or CaseStatus.Contacted or CaseStatus.Explained or CaseStatus.Escalated;

    public void Act(CaseActionKind kind, string? note, string by, DateTimeOffset now)
    {
        RequireOpen();
        Actions.Add(new CaseAction(kind, note, by, now));
        if (Status == CaseStatus.Unexplained && kind != CaseActionKind.Note)
        {
            Status = CaseStatus.Contacted;
        }
    }

    /// <summary>The school confirms the reason: the mark takes the DfE code.</summary>
    public void Explain(string code, string explanation, string by, DateTimeOffset now)
    {
        RequireOpen();
        if (!AbsenceCodes.All.ContainsKey(code))
        {
            throw new BusinessRuleException($"'{code}' is not an absence code; use one of {string.Join(", ", AbsenceCodes.All.Keys)}.", 422);
        }

        (Code, Explanation, Status) = (code, explanation, CaseStatus.Explained);
        Actions.Add(new CaseAction(CaseActionKind.Note, $"Explained: {code}. {explanation}", by, now));
    }

    public void Escalate(EscalatedTo to, string note, string by, DateTimeOffset now)
    {
        RequireOpen();
        (EscalatedTo, Status) = (to, CaseStatus.Escalated);
        Actions.Add(new CaseAction(CaseActionKind.Note, $"Escalated to the {(to == Model.EscalatedTo.Dsl ? "DSL" : "local authority")}: {note}", by, now));
    }

    public void Close(string? note, string by, DateTimeOffset now)
    {
        if (Status is not (CaseStatus.Explained or CaseStatus.Escalated))
        {
            throw new BusinessRuleException("A case is closed once the absence is explained or escalated.");
        }

        Status = CaseStatus.Closed;
        Actions.Add(new CaseAction(CaseActionKind.Note, note ?? "Closed.", by, now));
    }

    /// <summary>The provider corrected the mark to present or late: nothing to follow up.</summary>
    public void Withdraw(string by, DateTimeOffset now)
    {
        Status = CaseStatus.Closed;
        Actions.Add(new CaseAction(CaseActionKind.Note, "The provider corrected the mark: the pupil attended.", by, now));
    }

    private void RequireOpen()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new BusinessRuleException("The case is closed.");
        }
    }
}
