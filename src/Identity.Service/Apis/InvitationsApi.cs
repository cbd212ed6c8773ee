using System.ComponentModel.DataAnnotations;
using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Mail;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace APPlatform.Identity.Apis;

/// <summary>A person to invite into the caller's organisation, and the roles to give them.</summary>
public sealed record InvitationRequest(string? Email, IReadOnlyList<string>? Roles);

/// <summary>
/// An invitation made and emailed to the invitee. Their one-time link (<see cref="Link"/>) is also returned in
/// Development, and nowhere else: only the invitee should hold it.
/// </summary>
public sealed record InvitationResponse(Guid Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset ExpiresAt, string? Link);

/// <summary>POST /api/identity/invitations: an organisation's administrator invites a person with roles.</summary>
public static class InvitationsApi
{
    public const string AcceptPath = "/account/accept-invitation";

    public static RouteGroupBuilder MapInvitationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/invitations", Invite)
            .WithName(nameof(Invite))
            .WithSummary("Invite a person into the caller's organisation with roles (its administrators only); the link is emailed to them")
            .WithTags("Invitations");
        return api;
    }

    public static async Task<Results<Created<InvitationResponse>, ValidationProblem, ProblemHttpResult>> Invite(
        Caller caller, InvitationRequest request, IdentityServiceDbContext db, UserManager<PlatformUser> users, TimeProvider clock,
        InvitationEmail email, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        if (AdministratorsOnly.Refuse(caller, "invite people into it") is { } refusal)
        {
            return refusal;
        }

        var errors = new Dictionary<string, string[]>();
        // Both checks: the email is sent to it, and MimeKit refuses some addresses the attribute accepts ("a b@x.org").
        if (string.IsNullOrWhiteSpace(request.Email) || !new EmailAddressAttribute().IsValid(request.Email.Trim())
            || !MimeKit.MailboxAddress.TryParse(request.Email.Trim(), out _))
        {
            errors["email"] = ["Give the email address of the person to invite."];
        }

        if (OrganisationRoles.Refusal(caller.OrganisationType, request.Roles) is { } wrongRoles)
        {
            errors["roles"] = [wrongRoles];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await users.FindByEmailAsync(request.Email!.Trim()) is not null)
        {
            return TypedResults.Problem("A person with this email address already has an account.", statusCode: StatusCodes.Status409Conflict);
        }

        var (invitation, token) = Invitation.Create(caller, request.Email, request.Roles!, clock.GetUtcNow());
        var link = $"{AcceptPath}?token={token}";
        // Kept only once the email is sent: otherwise the administrator is told at once, and nothing is half-made.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await email.SendAsync(invitation, caller.ActingName, link, cancellationToken);
        }
        catch (MailRelayException)
        {
            return TypedResults.Problem(
                "The invitation email could not be sent, so no invitation was made. Try again in a few minutes.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // The email is out: the invitation is kept even if the caller has gone.
        await transaction.CommitAsync(CancellationToken.None);
        return TypedResults.Created(
            $"/api/identity/invitations/{invitation.Id}",
            new InvitationResponse(invitation.Id, invitation.Email, invitation.Roles, invitation.ExpiresAt, environment.IsDevelopment() ? link : null));
    }
}
