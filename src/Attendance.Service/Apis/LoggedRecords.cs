using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.AccessLog;

namespace APPlatform.Attendance.Apis;

/// <summary>This service's records of a pupil as the access log names them.</summary>
internal static class LoggedRecords
{
    public static AccessedRecord Logged(this AbsenceCase absence) => new("case", absence.Id, absence.PupilId, absence.SchoolId);

    public static AccessedRecord Logged(this SessionMark mark) => new("mark", mark.Id, mark.PupilId, mark.SchoolId);

    /// <summary>A placement's marks read together, named by the placement.</summary>
    public static AccessedRecord LoggedMarks(this Placement placement) => new("marks", placement.PlacementId, placement.PupilId, placement.SchoolId);

    /// <summary>Marks read together (an export), one line per placement rather than per mark.</summary>
    public static IEnumerable<AccessedRecord> LoggedByPlacement(this IEnumerable<SessionMark> marks) =>
        marks.DistinctBy(m => m.PlacementId).Select(m => new AccessedRecord("marks", m.PlacementId, m.PupilId, m.SchoolId));

    public static AccessedRecord Logged(this Placement placement) => new("placement", placement.PlacementId, placement.PupilId, placement.SchoolId);
}
