using APPlatform.Notifications.Model;
using APPlatform.ServiceDefaults.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace APPlatform.Notifications.Sending;

/// <summary>Sends a delivery's email through the platform's mail relay.</summary>
public sealed class EmailSender(MailRelay relay, IOptions<DeliveryOptions> options)
{
    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            var message = new MimeMessage { Subject = delivery.Subject ?? "" };
            message.From.Add(MailboxAddress.Parse(options.Value.EmailFrom));
            message.To.Add(MailboxAddress.Parse(delivery.Target));
            message.Headers.Add("X-APPlatform-Delivery-Id", delivery.Id.ToString());
            message.Body = new TextPart(delivery.IsHtml ? "html" : "plain") { Text = delivery.Body };
            await relay.SendAsync(message, cancellationToken);
        }
        catch (MailRelayException exception)
        {
            throw new DeliveryFailedException(exception.Message, exception);
        }
        catch (ParseException exception)
        {
            throw new DeliveryFailedException($"'{delivery.Target}' is not an address mail can be sent to: {exception.Message}", exception);
        }
    }
}
