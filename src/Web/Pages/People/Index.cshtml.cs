using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.People;

/// <summary>
/// An organisation's people, for its administrator; at a school, who reads its safeguarding detail: the DSL and the
/// headteacher always, and those the administrator names. Identity.Service decides who may see and change this.
/// </summary>
public sealed class IndexModel(IdentityApi identity) : PageModel
{
    public List<OrganisationPerson> People { get; private set; } = [];

    public bool IsSchool { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsSchool = Caller.FromPrincipal(User)?.OrganisationType == OrganisationType.School;
        People = await identity.PeopleAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostNameAsync(Guid id, bool named, CancellationToken cancellationToken)
    {
        var person = await identity.NameForSafeguardingAsync(id, named, cancellationToken);
        Done = named ? $"{person.Name} now reads the school's safeguarding detail" : $"{person.Name} no longer reads the school's safeguarding detail";
        return RedirectToPage();
    }

    /// <summary>Whether a person's roles let them read safeguarding detail whatever the school names.</summary>
    public static bool ReadsByRole(OrganisationPerson person) => person.Roles.Intersect(PersonRoles.SchoolSafeguardingReaders).Any();
}
