using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.ServiceDefaults.AccessLog;

namespace APPlatform.Referrals.Apis;

/// <summary>This service's records of a pupil as the access log names them.</summary>
internal static class LoggedRecords
{
    public static AccessedRecord Logged(this Referral referral) => new("referral", referral.Id, referral.PupilId, referral.SchoolId);

    public static AccessedRecord Logged(this Placement placement) => new("placement", placement.Id, placement.PupilId, placement.SchoolId);

    public static AccessedRecord LoggedLetter(this Placement placement, ParentNotice notice) =>
        new("letter", notice.Id, placement.PupilId, placement.SchoolId);

    public static AccessedRecord Logged(this Pupil pupil) => new("pupil", pupil.Id, pupil.Id, pupil.SchoolId);

    public static AccessedRecord Logged(this Suspension suspension) => new("suspension", suspension.Id, suspension.PupilId, suspension.SchoolId);
}
