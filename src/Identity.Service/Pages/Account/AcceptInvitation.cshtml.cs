using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Identity.Pages.Account;

/// <summary>The invitee's one-time link: they choose the name their records show and a password; the link then dies.</summary>
public sealed class AcceptInvitationModel(IdentityServiceDbContext db, People people, TimeProvider clock) : PageModel
{
    public enum Outcome
    {
        Open,
        Unusable,
        Accepted,
    }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public Outcome State { get; private set; }

    public string Email { get; private set; } = "";

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync() => await FindAsync();

    public async Task OnPostAsync()
    {
        if (await FindAsync() is not { } invitation)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            Errors["name"] = "Enter your full name";
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors["password"] = "Create a password";
        }
        else if (Password != ConfirmPassword)
        {
            Errors["confirm-password"] = "The passwords do not match";
        }

        if (Errors.Count > 0)
        {
            return;
        }

        var created = await people.EnsureAsync(invitation.Person(Name!.Trim()), Password!);
        if (!created.Succeeded)
        {
            Errors["password"] = string.Join(". ", created.Errors.Select(error => error.Description));
            return;
        }

        invitation.Accept(clock.GetUtcNow());
        await db.SaveChangesAsync();
        State = Outcome.Accepted;
    }

    private async Task<Invitation?> FindAsync()
    {
        var hash = Invitation.Hash(Token ?? "");
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null || !invitation.IsOpen(clock.GetUtcNow()) || await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.Email.ToUpperInvariant()))
        {
            State = Outcome.Unusable;
            Response.StatusCode = StatusCodes.Status410Gone;
            return null;
        }

        Email = invitation.Email;
        return invitation;
    }
}
