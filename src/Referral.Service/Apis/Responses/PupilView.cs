using APPlatform.Referrals.Model;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>A pupil's record as their school reads it, with each explicit change made to it.</summary>
/// <param name="Id">The pupil's id; events name the pupil by this alone.</param>
/// <param name="SchoolId">The school whose roll the pupil is on.</param>
/// <param name="Upn">Unique pupil number (13 characters), unique within the school.</param>
/// <param name="FirstName">The pupil's first name.</param>
/// <param name="LastName">The pupil's last name.</param>
/// <param name="FullName">The pupil's first and last names.</param>
/// <param name="DateOfBirth">The pupil's date of birth (ISO date).</param>
/// <param name="YearGroup">National curriculum year, R = 0.</param>
/// <param name="Sen">The pupil's SEN provision.</param>
/// <param name="EhcpCaseworker">The LA's EHC plan caseworker (policy §10.8).</param>
/// <param name="IsLookedAfter">Whether the pupil is looked after by a local authority.</param>
/// <param name="VirtualSchoolHead">The virtual school head, for a looked-after pupil.</param>
/// <param name="SocialWorker">The pupil's social worker, if they have one.</param>
/// <param name="Protection">The pupil's social care status.</param>
/// <param name="FreeSchoolMeals">Whether the pupil is eligible for free school meals.</param>
/// <param name="Carers">Those with parental responsibility, to whom letters are addressed.</param>
/// <param name="Changes">Each explicit change made once the pupil was live, oldest first.</param>
public sealed record PupilView(
    Guid Id, Guid SchoolId, string Upn, string FirstName, string LastName, string FullName, DateOnly DateOfBirth, int YearGroup, SenProvision Sen,
    string? EhcpCaseworker, bool IsLookedAfter, string? VirtualSchoolHead, string? SocialWorker, ChildProtectionStatus Protection, bool FreeSchoolMeals,
    List<CarerView> Carers, List<PupilChangeView> Changes)
{
    public static PupilView Of(Pupil p) => new(
        p.Id, p.SchoolId, p.Upn, p.FirstName, p.LastName, p.FullName, p.DateOfBirth, p.YearGroup, p.Sen, p.EhcpCaseworker, p.IsLookedAfter,
        p.VirtualSchoolHead, p.SocialWorker, p.Protection, p.FreeSchoolMeals, [.. p.Carers.Select(CarerView.Of)], [.. p.Changes.Select(PupilChangeView.Of)]);
}
