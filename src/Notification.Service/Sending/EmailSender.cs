using System.Data.Common;
using APPlatform.Notifications.Model;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace APPlatform.Notifications.Sending;

/// <summary>
/// Sends a delivery's email through the SMTP relay named by ConnectionStrings:mail (Host, Port; the AppHost's mail
/// sink locally). One connection per message: volumes are low, and nothing is held open between deadlines.
/// </summary>
public sealed class EmailSender(IConfiguration configuration, IOptions<DeliveryOptions> options)
{
    public const string ConnectionName = "mail";

    private readonly DbConnectionStringBuilder relay = new() { ConnectionString = configuration.GetConnectionString(ConnectionName) ?? "" };

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        if (!relay.TryGetValue("Host", out var host) || !relay.TryGetValue("Port", out var port))
        {
            throw new DeliveryFailedException("No mail relay is configured (ConnectionStrings:mail with Host and Port).");
        }

        using var client = new SmtpClient();
        try
        {
            var message = new MimeMessage { Subject = delivery.Subject ?? "" };
            message.From.Add(MailboxAddress.Parse(options.Value.EmailFrom));
            message.To.Add(MailboxAddress.Parse(delivery.Target));
            message.Headers.Add("X-APPlatform-Delivery-Id", delivery.Id.ToString());
            message.Body = new TextPart(delivery.IsHtml ? "html" : "plain") { Text = delivery.Body };
            await client.ConnectAsync((string)host, Convert.ToInt32(port), SecureSocketOptions.Auto, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException)
        {
            throw new DeliveryFailedException($"The mail relay did not take the message: {exception.Message}", exception);
        }
        catch (ParseException exception)
        {
            throw new DeliveryFailedException($"'{delivery.Target}' is not an address mail can be sent to: {exception.Message}", exception);
        }
    }
}
