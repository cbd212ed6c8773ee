using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Inbox;

/// <summary>The organisation's inbox: what the platform told it, newest first, each markable as read.</summary>
public sealed class IndexModel(NotificationApi notifications) : PageModel
{
    public InboxPage Inbox { get; private set; } = new([], 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Inbox = await notifications.InboxAsync(cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(id, cancellationToken);
        return RedirectToPage();
    }

    /// <summary>The page of this application where the notification's record is acted on, when there is one.</summary>
    public static string? PageFor(string? link) => link switch
    {
        not null when link.StartsWith("/api/attendance/cases/", StringComparison.Ordinal) => "/absences/" + link["/api/attendance/cases/".Length..],
        not null when link.StartsWith("/api/referrals/", StringComparison.Ordinal) && Guid.TryParse(link["/api/referrals/".Length..], out var id) =>
            $"/referrals/{id}/decision",
        _ => null,
    };
}
