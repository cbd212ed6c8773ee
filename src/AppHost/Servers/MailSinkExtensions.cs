using System.Globalization;
using Aspire.Hosting.ApplicationModel;

namespace APPlatform.AppHost.Servers;

public static class MailSinkExtensions
{
    /// <summary>
    /// src/MailSink, a mail server that delivers nothing (decision 0008), and the connection string the services send
    /// mail with: Host and Port for SMTP, Web for the page that lists what arrived (tests read it as JSON).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMailSink(
        this IDistributedApplicationBuilder builder, string name, string directory, int smtpPort, int webPort)
    {
        var sink = builder.AddProject<Projects.MailSink>(ResourceNames.MailSink)
            .WithHttpEndpoint(port: webPort, isProxied: false)
            .WithEnvironment("MailSink__SmtpPort", smtpPort.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("MailSink__Directory", directory)
            .WithBuiltProgram()
            .WithReadinessCheck();
        var web = sink.GetEndpoint("http");
        return builder.AddConnectionString(
            name, ReferenceExpression.Create($"Host=127.0.0.1;Port={smtpPort.ToString(CultureInfo.InvariantCulture)};Web={web}"));
    }
}
