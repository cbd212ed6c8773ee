using System.Text.Json.Serialization;

namespace APPlatform.Attendance.Model;

/// <summary>A school day's half: AM (the morning session) or PM (the afternoon session).</summary>
public enum Session
{
    [JsonStringEnumMemberName("AM")]
    AM,

    [JsonStringEnumMemberName("PM")]
    PM,
}

/// <summary>
/// A session's mark: present (attended on time), late (attended, after the start), absent (did not attend), missing (no
/// mark by the provider's cut-off: treated as an unexplained absence until the register says otherwise).
/// </summary>
public enum MarkStatus
{
    Present,
    Late,
    Absent,
    Missing,
}

/// <summary>One version of a mark: what was recorded, by whom and when. Corrections add versions; none is lost.</summary>
/// <param name="Version">The version number, from 1.</param>
/// <param name="Status">The mark recorded.</param>
/// <param name="MinutesLate">For a late mark, how many minutes after the start.</param>
/// <param name="Reason">The provider's account of an absence.</param>
/// <param name="RecordedBy">
/// Who recorded it: the provider's signed-in person by name, or the client id of the provider's system, or "register
/// cut-off" for a mark made missing at the cut-off.
/// </param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record MarkVersion(int Version, MarkStatus Status, int? MinutesLate, string? Reason, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// A pupil's attendance at the provider for one session: the provider's mark, its versions, and the register code the
/// home school records for it (B, K or D when attended; the DfE absence code once the school confirms the reason).
/// </summary>
public sealed class SessionMark
{
    /// <summary>The mark's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The placement the session belongs to.</summary>
    public Guid PlacementId { get; init; }

    /// <summary>The pupil.</summary>
    public Guid PupilId { get; init; }

    /// <summary>The pupil's home school.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The provider that marked it.</summary>
    public Guid ProviderId { get; init; }

    /// <summary>The school day (ISO date).</summary>
    public DateOnly Date { get; init; }

    /// <summary>AM or PM.</summary>
    public Session Session { get; init; }

    /// <summary>The latest mark.</summary>
    public MarkStatus Status { get; private set; }

    /// <summary>For a late mark, how many minutes after the start.</summary>
    public int? MinutesLate { get; private set; }

    /// <summary>The provider's account of an absence (e.g. "mum rang: ill"), not yet the school's decision.</summary>
    public string? Reason { get; private set; }

    /// <summary>The latest version number; each correction adds one.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Who recorded it: the provider's signed-in person by name, or the client id of the provider's system, or "register
    /// cut-off" for a mark made missing at the cut-off.
    /// </summary>
    public string RecordedBy { get; private set; } = "";

    /// <summary>When the latest version was recorded (ISO date-time with offset).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The register code: B, K or D when attended; N for an absence until the school confirms its reason.</summary>
    public string Code { get; set; } = AbsenceCodes.NoReasonYet;

    /// <summary>Every version, oldest first.</summary>
    public List<MarkVersion> History { get; private set; } = [];

    /// <summary>Whether the mark is an absence: absent or missing.</summary>
    public bool IsAbsence => Status is MarkStatus.Absent or MarkStatus.Missing;

    /// <summary>A placement's first mark for a session; <see cref="Record"/> gives it its first version.</summary>
    public static SessionMark For(Placement placement, DateOnly date, Session session, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PlacementId = placement.PlacementId,
        PupilId = placement.PupilId,
        SchoolId = placement.SchoolId,
        ProviderId = placement.ProviderId,
        Date = date,
        Session = session,
    };

    /// <summary>Records a (new) version; false when it says what the mark already says.</summary>
    public bool Record(MarkStatus status, int? minutesLate, string? reason, string recordedBy, string attendedCode, DateTimeOffset now)
    {
        if (Version > 0 && status == Status && minutesLate == MinutesLate && reason == Reason)
        {
            return false;
        }

        (Status, MinutesLate, Reason, RecordedBy, RecordedAt) = (status, minutesLate, reason, recordedBy, now);
        Version++;
        Code = IsAbsence ? AbsenceCodes.NoReasonYet : attendedCode;
        History.Add(new MarkVersion(Version, status, minutesLate, reason, recordedBy, now));
        return true;
    }
}
