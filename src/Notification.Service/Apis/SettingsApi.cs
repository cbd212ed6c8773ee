using System.ComponentModel.DataAnnotations;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Rules;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Notifications.Apis;

/// <summary>A rule as it reaches the caller: what it tells, to whom, and by which channel (the organisation's choice or the default).</summary>
/// <param name="Name">The rule's name, e.g. absence-reported.</param>
/// <param name="Event">The event type it reacts to.</param>
/// <param name="Description">What it tells, and to whom.</param>
/// <param name="Channel">How the organisation gets it now: off, inbox or email.</param>
/// <param name="DefaultChannel">How it is sent unless the organisation chose otherwise.</param>
public sealed record RuleView(string Name, string Event, string Description, Channel Channel, Channel DefaultChannel);

/// <summary>Who in the caller's organisation is told of what.</summary>
/// <param name="Contacts">
/// Email addresses by role (ap_lead, attendance_lead, dsl, la_ap_team, la_attendance_team, provider_contact,
/// trust_ap_lead).
/// </param>
/// <param name="Rules">Every rule that reaches the organisation, with its channel.</param>
public sealed record SettingsView(IReadOnlyDictionary<string, List<string>> Contacts, IReadOnlyList<RuleView> Rules);

/// <summary>Who in the caller's organisation is told of what, replacing the settings before.</summary>
/// <param name="Contacts">
/// Email addresses by role (ap_lead, attendance_lead, dsl, la_ap_team, la_attendance_team, provider_contact,
/// trust_ap_lead).
/// </param>
/// <param name="Channels">By rule name: off, inbox or email. Rules left out keep their default.</param>
public sealed record SettingsInput(
    [property: Required] Dictionary<string, List<string>>? Contacts,
    Dictionary<string, Channel>? Channels) : IValidatableObject
{
    public const int MaxContactsPerRole = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (role, addresses) in Contacts ?? [])
        {
            if (!Roles.WithContacts.Contains(role))
            {
                yield return new ValidationResult($"'{role}' is not a role; roles are {string.Join(", ", Roles.WithContacts)}.", [$"contacts.{role}"]);
            }
            else if (addresses.Count > MaxContactsPerRole || addresses.Any(a => a.Length > 254 || !new EmailAddressAttribute().IsValid(a)))
            {
                yield return new ValidationResult($"Give up to {MaxContactsPerRole} valid email addresses for {role}.", [$"contacts.{role}"]);
            }
        }

        foreach (var rule in (Channels ?? []).Keys.Where(rule => NotificationRules.Named(rule) is null))
        {
            yield return new ValidationResult($"'{rule}' is not a rule; GET /api/notifications/settings lists them.", [$"channels.{rule}"]);
        }
    }
}

/// <summary>Each organisation says who holds each role and how each rule reaches it.</summary>
public static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/settings").WithTags("Settings").RequireOrganisationType(OrganisationSettings.Holders);
        api.MapGet("/", GetSettings).WithName(nameof(GetSettings)).WithSummary("The caller's contacts by role, and every rule with its channel");
        // Who is told of a serious incident or a DSL escalation is a safeguarding decision: an administrator's, not anyone's.
        api.MapPut("/", SetSettings).WithName(nameof(SetSettings)).WithSummary("Replace the caller's contacts and rule channels (a person: an administrator)")
            .RequirePersonRole(PersonRoles.Administrator);
        return api;
    }

    public static async Task<Ok<SettingsView>> GetSettings(Caller caller, NotificationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(View(await db.OrganisationSettings.FindAsync([caller.OrganisationId], cancellationToken)));

    public static async Task<Ok<SettingsView>> SetSettings(
        SettingsInput input, Caller caller, NotificationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = await db.OrganisationSettings.FindAsync([caller.OrganisationId], cancellationToken);
        if (settings is null)
        {
            settings = new OrganisationSettings { OrganisationId = caller.OrganisationId };
            db.OrganisationSettings.Add(settings);
        }

        settings.Contacts = input.Contacts!.ToDictionary(c => c.Key, c => c.Value.Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        settings.Channels = input.Channels ?? [];
        settings.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(settings));
    }

    /// <summary>Every rule is listed, whatever the caller's type; those for other kinds of organisation simply never reach it.</summary>
    private static SettingsView View(OrganisationSettings? settings) =>
        new(settings?.Contacts ?? [],
            NotificationRules.All.Select(rule => new RuleView(
                rule.Name, rule.EventType.Name, rule.Description, rule.ChannelFor(settings), rule.DefaultChannel)).ToList());
}
