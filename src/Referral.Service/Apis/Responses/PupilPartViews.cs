using APPlatform.Referrals.Model;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>An explicit change of a live pupil's record: which fields, by whom, when (the access log says who read it).</summary>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="OrganisationId">The organisation that made the change.</param>
/// <param name="ClientId">The client (application) it was made through, from its token.</param>
/// <param name="Fields">The fields changed, as the API names them.</param>
public sealed record PupilChangeView(DateTimeOffset At, Guid OrganisationId, string ClientId, List<string> Fields)
{
    public static PupilChangeView Of(PupilChange c) => new(c.At, c.OrganisationId, c.ClientId, c.Fields);
}

/// <summary>Someone with parental responsibility: the notification letter is addressed to them.</summary>
/// <param name="Name">Their full name.</param>
/// <param name="Relationship">Their relationship to the pupil, e.g. Mother.</param>
/// <param name="Email">Their email address.</param>
/// <param name="Phone">Their phone number.</param>
/// <param name="Address">Their postal address, for the letter.</param>
public sealed record CarerView(string Name, string Relationship, string? Email, string? Phone, string? Address)
{
    public static CarerView Of(Carer c) => new(c.Name, c.Relationship, c.Email, c.Phone, c.Address);
}
