using System.Data.Common;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace APPlatform.ServiceDefaults.Mail;

/// <summary>
/// The SMTP relay named by ConnectionStrings:mail (Host, Port; the AppHost's mail sink locally). One connection per
/// message: volumes are low, and nothing is held open between them.
/// </summary>
public sealed class MailRelay(IConfiguration configuration)
{
    public const string ConnectionName = "mail";

    private readonly DbConnectionStringBuilder relay = new() { ConnectionString = configuration.GetConnectionString(ConnectionName) ?? "" };

    /// <exception cref="MailRelayException">No relay is configured, or it did not take the message.</exception>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!relay.TryGetValue("Host", out var host) || !relay.TryGetValue("Port", out var port))
        {
            throw new MailRelayException($"No mail relay is configured (ConnectionStrings:{ConnectionName} with Host and Port).");
        }

        // Within a deadline handler's longest run (IDeadlineHandler.LongestRun); MailKit's default is two minutes.
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(15).TotalMilliseconds };
        try
        {
            await client.ConnectAsync((string)host, Convert.ToInt32(port), SecureSocketOptions.Auto, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new MailRelayException($"The mail relay did not take the message: {exception.Message}", exception);
        }
    }
}

/// <summary>Mail could not be handed to the relay; the message is not sent.</summary>
public sealed class MailRelayException(string reason, Exception? inner = null) : Exception(reason, inner);
