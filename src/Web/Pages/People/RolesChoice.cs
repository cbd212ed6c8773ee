namespace APPlatform.Web.Pages.People;

/// <summary>What _RolesFieldset shows: the roles the organisation gives, and those ticked.</summary>
public sealed record RolesChoice(IReadOnlyList<string> Offered, IReadOnlyCollection<string> Chosen);
