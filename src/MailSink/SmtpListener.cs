using System.Net;
using Microsoft.Extensions.Options;
using SmtpServer;

namespace APPlatform.MailSink;

/// <summary>The SMTP side: accepts every message from loopback and hands it to the store.</summary>
internal sealed class SmtpListener(MailStore store, IOptions<MailSinkOptions> options, ILogger<SmtpListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        var server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder()
                .ServerName("applatform-mail")
                .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, options.Value.SmtpPort)))
                .Build(),
            services);
        logger.LogInformation("Accepting mail on 127.0.0.1:{Port}, kept in {Directory}", options.Value.SmtpPort, store.Directory);
        return server.StartAsync(stoppingToken);
    }
}
