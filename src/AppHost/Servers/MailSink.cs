using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// A mail server that delivers nothing: it accepts every message over SMTP and keeps it as an .eml file in its data
/// directory, and lists what it holds at its web address (a page for a developer, /messages?to= as JSON for tests). It runs
/// inside the AppHost, so ./run.sh and ./test.sh start it like the other servers; services send to it as to a real relay.
/// </summary>
public sealed class MailSink(LocalServerOptions options, int webPort) : ILocalServer
{
    private const string Extension = ".eml";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly int webPort = FreePort.OrNext(webPort);
    private readonly ConcurrentDictionary<string, StoredMessage> parsed = new();
    private CancellationTokenSource? running;
    private Task? smtp;
    private Task? web;
    private HttpListener? listener;

    public string Name => "mail";

    public int Port { get; } = FreePort.OrNext(options.Port);

    public string WebAddress => $"http://127.0.0.1:{webPort}/";

    /// <summary>Host and Port for the services' SMTP client; Web for people and tests looking at what arrived.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Web={WebAddress}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (running is not null)
        {
            return;
        }

        if (options.Reset && Directory.Exists(options.DataDirectory))
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }

        Directory.CreateDirectory(options.DataDirectory);
        running = new CancellationTokenSource();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new FileStore(options.DataDirectory));
        var server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("applatform-mail").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build(),
            services);
        smtp = server.StartAsync(running.Token);

        listener = new HttpListener { Prefixes = { WebAddress } };
        listener.Start();
        web = ServeWebAsync(listener);
        await WaitUntilAcceptingAsync(cancellationToken);
        options.Log.Line(Name, $"keeping mail in {options.DataDirectory}; see it at {WebAddress}");
    }

    public async Task StopAsync()
    {
        if (running is null)
        {
            return;
        }

        await running.CancelAsync();
        listener!.Close();
        await Task.WhenAll(smtp!, web!).ContinueWith(_ => { }, TaskScheduler.Default);
        running.Dispose();
        running = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>The SMTP listener binds in the background: wait for it, so a client connecting next is not refused.</summary>
    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (attempt < 100 && !smtp!.IsCompleted)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private async Task ServeWebAsync(HttpListener http)
    {
        while (http.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await http.GetContextAsync();
            }
            catch (Exception) when (!http.IsListening)
            {
                return;
            }

            using var response = context.Response;
            var path = context.Request.Url!.AbsolutePath.TrimEnd('/');
            var (type, body, status) = path switch
            {
                "" => ("text/html; charset=utf-8", Page(), 200),
                "/messages" => ("application/json", JsonSerializer.Serialize(Messages(context.Request.QueryString["to"]), Json), 200),
                _ when path.StartsWith("/messages/") && Raw(path["/messages/".Length..]) is { } raw => ("message/rfc822", raw, 200),
                _ => ("text/plain", "Not found", 404),
            };
            response.StatusCode = status;
            response.ContentType = type;
            var bytes = Encoding.UTF8.GetBytes(body);
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    /// <summary>
    /// Newest first, with each message's text, so a test can look for what it sent; only those to <paramref name="to"/>
    /// when given. Each file is parsed once: tests poll this while hundreds of messages accumulate.
    /// </summary>
    private List<StoredMessage> Messages(string? to = null) =>
        new DirectoryInfo(options.DataDirectory).GetFiles("*" + Extension)
            .OrderByDescending(f => f.Name)
            .Select(file => parsed.GetOrAdd(file.Name, _ =>
            {
                var message = MimeMessage.Load(file.FullName);
                return new StoredMessage(
                    Path.GetFileNameWithoutExtension(file.Name), file.LastWriteTimeUtc, message.From.ToString(),
                    message.To.Mailboxes.Select(m => m.Address).ToList(), message.Subject ?? "",
                    message.TextBody ?? "", message.HtmlBody);
            }))
            .Where(message => to is null || message.To.Contains(to, StringComparer.OrdinalIgnoreCase))
            .ToList();

    private string? Raw(string id)
    {
        var file = Path.Combine(options.DataDirectory, Path.GetFileName(id) + Extension);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    private string Page()
    {
        var rows = Messages().Select(m =>
            $"<tr><td>{m.ReceivedAt:yyyy-MM-dd HH:mm:ss}</td><td>{WebUtility.HtmlEncode(string.Join(", ", m.To))}</td>" +
            $"<td><a href=\"/messages/{m.Id}\">{WebUtility.HtmlEncode(m.Subject)}</a></td></tr>");
        return $"""
            <!doctype html><html><head><meta charset="utf-8"><title>APPlatform mail</title></head><body>
            <h1>Mail sent by APPlatform (delivered to no one)</h1>
            <table><tr><th>Received (UTC)</th><th>To</th><th>Subject</th></tr>{string.Concat(rows)}</table>
            </body></html>
            """;
    }

    private sealed record StoredMessage(string Id, DateTimeOffset ReceivedAt, string From, IReadOnlyList<string> To, string Subject, string Text, string? Html);

    /// <summary>One .eml file per message, named so that names sort by arrival.</summary>
    private sealed class FileStore(string directory) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var name = $"{DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
            var partial = Path.Combine(directory, name + ".partial");
            await using (var file = File.Create(partial))
            {
                foreach (var segment in buffer)
                {
                    await file.WriteAsync(segment, cancellationToken);
                }
            }

            File.Move(partial, Path.Combine(directory, name + Extension));
            return SmtpResponse.Ok;
        }
    }
}
