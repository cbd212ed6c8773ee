namespace APPlatform.MailSink;

public sealed class MailSinkOptions
{
    public const string SectionName = "MailSink";

    /// <summary>Where each message is kept as an .eml file.</summary>
    public string Directory { get; set; } = "mail";

    /// <summary>The loopback port SMTP clients send to.</summary>
    public int SmtpPort { get; set; } = 2525;
}
