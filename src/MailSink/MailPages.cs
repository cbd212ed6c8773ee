using System.Net;

namespace APPlatform.MailSink;

/// <summary>What arrived: a page for a developer, JSON for tests, and each message as it was sent.</summary>
internal static class MailPages
{
    public static void MapMailPages(this WebApplication app)
    {
        app.MapGet("/", (MailStore store) => Results.Content(Page(store.List()), "text/html; charset=utf-8"));
        app.MapGet("/messages", (MailStore store, string? to) => Results.Json(store.List(to)));
        app.MapGet("/messages/{id}", (MailStore store, string id) =>
            store.Raw(id) is { } raw ? Results.Text(raw, "message/rfc822") : Results.NotFound());
        app.MapGet("/health", () => "Healthy");
    }

    private static string Page(IEnumerable<StoredMessage> messages)
    {
        var rows = messages.Select(m =>
            $"<tr><td>{m.ReceivedAt:yyyy-MM-dd HH:mm:ss}</td><td>{WebUtility.HtmlEncode(string.Join(", ", m.To))}</td>" +
            $"<td><a href=\"/messages/{WebUtility.UrlEncode(m.Id)}\">{WebUtility.HtmlEncode(m.Subject)}</a></td></tr>");
        return $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>APPlatform mail</title></head><body>
            <h1>Mail sent by APPlatform (delivered to no one)</h1>
            <table><tr><th>Received (UTC)</th><th>To</th><th>Subject</th></tr>{string.Concat(rows)}</table>
            </body></html>
            """;
    }
}
