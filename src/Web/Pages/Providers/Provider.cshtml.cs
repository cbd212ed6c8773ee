using System.Net;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Providers;

/// <summary>A provider's record as the directory keeps it, and the listing actions the LA may take now (suspend, reinstate…).</summary>
public sealed class ProviderModel(DirectoryApi directory) : PageModel
{
    public ProviderRecord Provider { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public string? ListingAction { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The audits the LA may rely on: its own, and those schools and trusts in its area completed and shared.</summary>
    public List<AuditSummary> Audits { get; private set; } = [];

    /// <summary>Concerns about this provider sent to the LA, or raised by it.</summary>
    public List<ConcernSummary> Concerns { get; private set; } = [];

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (ListingAction is null || !Provider.ListingActionsAllowed.Contains(ListingAction))
        {
            ModelState.AddModelError(nameof(ListingAction), "Select what to do to the provider's listing");
        }
        else if (ListingAction is "suspend" or "remove" or "return" && string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), $"Enter why you {ListingAction} the provider");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await directory.TakeListingActionAsync(id, ListingAction!, string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim(), cancellationToken);
        }
        catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem() || refusal.Status == HttpStatusCode.Conflict)
        {
            ModelState.AddRefusal(refusal, path => path switch { "reason" => nameof(Reason), "action" => nameof(ListingAction), _ => null });

            return Page();
        }

        Done = ListingAction switch
        {
            "suspend" => "Provider suspended",
            "reinstate" => "Provider reinstated",
            "remove" => "Provider removed from the directory",
            "list" => "Provider listed",
            "return" => "Submission returned to the provider",
            _ => "Listing changed",
        };
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var audits = directory.AuditsAsync(id, cancellationToken);
        var concerns = directory.ConcernsAsync(cancellationToken);
        Provider = await directory.ProviderAsync(id, cancellationToken);
        Audits = await audits;
        Concerns = (await concerns).Where(c => c.ProviderId == id).ToList();
    }

    public static string ActionName(string action) => action switch
    {
        "suspend" => "suspend the provider",
        "reinstate" => "reinstate the provider",
        "remove" => "remove the provider from the directory",
        "list" => "list the provider",
        "return" => "return the submission to the provider",
        "submit" => "submit the provider for listing",
        _ => action,
    };
}
