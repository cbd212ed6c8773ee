using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Providers;

/// <summary>
/// The directory of providers, a page at a time: the LA's own directory, and a school's search for a provider. Both
/// filter by text, key stage, places free and the outcome of the audits they may rely on; the directory service decides
/// which providers each sees.
/// </summary>
public sealed class IndexModel(DirectoryApi directory) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> KeyStageChoices =
        [("KS1", "Key stage 1"), ("KS2", "Key stage 2"), ("KS3", "Key stage 3"), ("KS4", "Key stage 4"), ("16-19", "16 to 19")];

    public static readonly IReadOnlyList<(string Value, string Label)> AuditChoices =
        [("", "Any"), ("suitable", "Suitable"), ("not_suitable", "Not suitable"), ("none", "No audit")];

    public Page<ProviderSummary> Providers { get; private set; } = new([], 0);

    public ProviderSearch Search { get; private set; } = new(null, [], false, null);

    public int PageNumber { get; private set; }

    public int Pages => Math.Max(1, (Providers.Total + DirectoryApi.PageSize - 1) / DirectoryApi.PageSize);

    public async Task OnGetAsync(string? q, string[]? keyStage, bool placesAvailable, string? auditOutcome, int page = 1,
        CancellationToken cancellationToken = default)
    {
        Search = new ProviderSearch(q, (keyStage ?? []).Where(stage => KeyStageChoices.Any(c => c.Value == stage)).ToList(), placesAvailable,
            AuditChoices.Any(c => c.Value == auditOutcome && c.Value != "") ? auditOutcome : null);
        PageNumber = Math.Max(1, page);
        Providers = await directory.SearchAsync(Search, PageNumber, cancellationToken);
    }

    public string PageLink(int page) => $"/providers?page={page}{Search.Query()}";

    public static string Words(string value) => ApiWords.Sentence(value);

    public static Design.TagHelpers.TagColour AuditColour(string outcome) => outcome switch
    {
        "suitable" => Design.TagHelpers.TagColour.Green,
        "not_suitable" => Design.TagHelpers.TagColour.Red,
        _ => Design.TagHelpers.TagColour.Grey,
    };
}
