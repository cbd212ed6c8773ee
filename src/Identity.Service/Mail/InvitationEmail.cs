using System.Globalization;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Mail;
using MimeKit;

namespace APPlatform.Identity.Mail;

/// <summary>
/// The email that brings an invited person their one-time link, addressed from the platform's public address (the
/// issuer) so the link leads through the gateway.
/// </summary>
public sealed class InvitationEmail(MailRelay relay, Uri publicAddress, string from)
{
    /// <exception cref="MailRelayException">The relay did not take it.</exception>
    public Task SendAsync(Invitation invitation, string invitedBy, string link, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = "You are invited to manage alternative provision" };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(invitation.Email));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                {invitedBy} has invited you to Manage alternative provision, with these roles: {string.Join(", ", invitation.Roles.Select(PersonRoles.Words))}.

                Set up your account (choose your name and a password):
                {new Uri(publicAddress, link)}

                The link works once, and until {invitation.ExpiresAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}. If you did not expect this email, you can ignore it.
                """,
        };
        return relay.SendAsync(message, cancellationToken);
    }
}
