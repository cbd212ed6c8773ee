using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.People;

/// <summary>
/// An administrator changes a person's roles, among those the organisation's type gives. Identity.Service decides
/// (only an administrator, only those roles, never their own administrator role); this page asks and shows its answer.
/// </summary>
public sealed class RolesModel(IdentityApi identity) : PageModel
{
    public OrganisationPerson Person { get; private set; } = null!;

    public IReadOnlyList<string> RolesOffered { get; private set; } = [];

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Roles = Person.Roles;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var changed = await identity.ChangeRolesAsync(id, Roles, cancellationToken);
            Done = $"{changed.Name} is now {string.Join(", ", changed.Roles.Select(PersonRoles.Words))}";
            return RedirectToPage("/People/Index");
        }
        catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem())
        {
            ModelState.AddRefusal(refusal, path => path == "roles" ? nameof(Roles) : null, nameof(Roles));
            return Page();
        }
    }

    private async Task<bool> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        RolesOffered = PersonRoles.ForOrganisation(Caller.FromPrincipal(User)!.OrganisationType);
        Person = (await identity.PeopleAsync(cancellationToken)).SingleOrDefault(person => person.Id == id)!;
        return Person is not null;
    }
}
