using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Providers;

/// <summary>The local authority's directory of providers, searchable by name or text, a page at a time.</summary>
public sealed class IndexModel(DirectoryApi directory) : PageModel
{
    public Page<ProviderSummary> Providers { get; private set; } = new([], 0);

    public string? Search { get; private set; }

    public int PageNumber { get; private set; }

    public int Pages => Math.Max(1, (Providers.Total + DirectoryApi.PageSize - 1) / DirectoryApi.PageSize);

    public async Task OnGetAsync(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        Search = q;
        PageNumber = Math.Max(1, page);
        Providers = await directory.SearchAsync(q, PageNumber, cancellationToken);
    }

    public string PageLink(int page) => $"/providers?page={page}" + (string.IsNullOrWhiteSpace(Search) ? "" : "&q=" + Uri.EscapeDataString(Search));

    public static string Words(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' ');
}
