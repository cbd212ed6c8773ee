using System.Net;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Settings;

/// <summary>
/// What the person's organisation is told and how: the email addresses of the people who hold each notification role,
/// and for each rule whether it is off, in the inbox only, or also emailed. Notification.Service keeps one set of
/// settings per organisation, which its people read and its administrators change.
/// </summary>
public sealed class NotificationsModel(NotificationApi notifications) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Text)> Channels = [("email", "Inbox and email"), ("inbox", "Inbox only"), ("off", "Off")];

    public List<NotificationRuleSetting> Rules { get; private set; } = [];

    /// <summary>The notification roles the organisation's type names people for (Notification.Service's Rules/Roles).</summary>
    public IReadOnlyList<(string Role, string Name)> ContactRoles { get; private set; } = [];

    /// <summary>Email addresses by role, one a line.</summary>
    [BindProperty]
    public Dictionary<string, string?> Contacts { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string> RuleChannels { get; set; } = [];

    [TempData]
    public string? Done { get; set; }

    /// <summary>Whether the reader changes the settings (Notification.Service refuses anyone else).</summary>
    public bool MayChange => Caller.FromPrincipal(User)?.ActsAs(PersonRoles.Administrator) == true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await LoadAsync(cancellationToken);
        Contacts = ContactRoles.ToDictionary(r => r.Role, r => (string?)string.Join('\n', settings.Contacts.GetValueOrDefault(r.Role) ?? []));
        RuleChannels = Rules.ToDictionary(r => r.Name, r => r.Channel);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var settings = await LoadAsync(cancellationToken);
        // The service replaces every contact: roles this page does not show keep what they had.
        var contacts = settings.Contacts.ToDictionary();
        foreach (var (role, _) in ContactRoles)
        {
            contacts[role] = (Contacts.GetValueOrDefault(role) ?? "")
                .Split(['\n', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        var channels = RuleChannels.Where(c => Rules.Any(r => r.Name == c.Key) && Channels.Any(ch => ch.Value == c.Value))
            .ToDictionary(c => c.Key, c => c.Value);
        try
        {
            await notifications.SetSettingsAsync(contacts, channels, cancellationToken);
        }
        catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem() || refusal.Status == HttpStatusCode.Conflict)
        {
            ModelState.AddRefusal(refusal, path => path.StartsWith("contacts.", StringComparison.Ordinal) ? $"Contacts[{path["contacts.".Length..]}]" : null);
            return Page();
        }

        Done = "Notification settings saved";
        return RedirectToPage();
    }

    private async Task<NotificationSettings> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = await notifications.SettingsAsync(cancellationToken);
        Rules = settings.Rules;
        ContactRoles = RolesFor(Caller.FromPrincipal(User)?.OrganisationType);
        return settings;
    }

    private static IReadOnlyList<(string Role, string Name)> RolesFor(OrganisationType? type) => type switch
    {
        OrganisationType.School => [("ap_lead", "AP lead"), ("attendance_lead", "Attendance lead"), ("dsl", "Designated safeguarding lead")],
        OrganisationType.Trust => [("trust_ap_lead", "Trust AP lead")],
        OrganisationType.LocalAuthority => [("la_ap_team", "AP team"), ("la_attendance_team", "Attendance team")],
        OrganisationType.Provider => [("provider_contact", "Provider contact")],
        _ => [],
    };
}
