using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace APPlatform.MailSink;

/// <summary>An email as it arrived.</summary>
public sealed record StoredMessage(
    string Id, DateTimeOffset ReceivedAt, string From, IReadOnlyList<string> To, string Subject, string Text, string? Html);

/// <summary>One .eml file per message, named so that names sort by arrival.</summary>
public sealed class MailStore : MessageStore
{
    private const string Extension = ".eml";
    private readonly ConcurrentDictionary<string, StoredMessage> parsed = new();

    public MailStore(IOptions<MailSinkOptions> options)
    {
        Directory = Path.GetFullPath(options.Value.Directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var name = $"{DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";

        // Written under another name, then moved: a listing never shows half a message.
        var partial = Path.Combine(Directory, name + ".partial");
        await using (var file = File.Create(partial))
        {
            foreach (var segment in buffer)
            {
                await file.WriteAsync(segment, cancellationToken);
            }
        }

        File.Move(partial, Path.Combine(Directory, name + Extension));
        return SmtpResponse.Ok;
    }

    /// <summary>
    /// Newest first; only those to <paramref name="to"/> when given. Each file is parsed once: tests poll this while
    /// hundreds of messages accumulate.
    /// </summary>
    public IReadOnlyList<StoredMessage> List(string? to = null) =>
        new DirectoryInfo(Directory).GetFiles("*" + Extension)
            .OrderByDescending(file => file.Name)
            .Select(file => parsed.GetOrAdd(file.Name, _ => Parse(file)))
            .Where(message => to is null || message.To.Contains(to, StringComparer.OrdinalIgnoreCase))
            .ToList();

    /// <summary>The message as it was sent (RFC 822), or null for an unknown id.</summary>
    public string? Raw(string id)
    {
        var file = Path.Combine(Directory, Path.GetFileName(id) + Extension);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    private static StoredMessage Parse(FileInfo file)
    {
        var message = MimeMessage.Load(file.FullName);
        return new StoredMessage(
            Path.GetFileNameWithoutExtension(file.Name), file.LastWriteTimeUtc, message.From.ToString(),
            message.To.Mailboxes.Select(mailbox => mailbox.Address).ToList(), message.Subject ?? "", message.TextBody ?? "",
            message.HtmlBody);
    }
}
