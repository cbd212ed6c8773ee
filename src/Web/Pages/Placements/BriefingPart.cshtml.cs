using System.Net;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>
/// One part of what the provider is told, shared, changed or withdrawn by the person whose part it is (the SENCO's SEND,
/// the DSL's safeguarding); the referral service decides who that is and refuses anyone else.
/// </summary>
public sealed class BriefingPartModel(ReferralApi referrals) : PageModel
{
    public PlacementRecord Placement { get; private set; } = null!;

    public string Topic { get; private set; } = "";

    public bool IsShared { get; private set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? WhatWorks { get; set; }

    [BindProperty]
    public string? LawfulBasis { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string topic, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, topic, cancellationToken) is not { } briefing)
        {
            return NotFound();
        }

        var section = briefing.Sections.FirstOrDefault(s => s.Topic == topic);
        (Summary, WhatWorks, LawfulBasis) = (section?.Summary, section?.WhatWorks, section?.LawfulBasis);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string topic, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, topic, cancellationToken) is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            ModelState.AddModelError(nameof(Summary), "Enter what the provider needs to know");
        }

        if (BriefingDisplay.LawfulBases.All(b => b.Value != LawfulBasis))
        {
            ModelState.AddModelError(nameof(LawfulBasis), "Select the lawful basis for sharing it");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await SaveAsync(id, () => referrals.ShareBriefingAsync(id, topic,
            new BriefingInput(Summary!.Trim(), string.IsNullOrWhiteSpace(WhatWorks) ? null : WhatWorks.Trim(), LawfulBasis!), cancellationToken),
            $"{BriefingDisplay.Title(topic)} shared with the provider");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, string topic, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, topic, cancellationToken) is null)
        {
            return NotFound();
        }

        return await SaveAsync(id, () => referrals.WithdrawBriefingAsync(id, topic, cancellationToken),
            $"{BriefingDisplay.Title(topic)} no longer shared with the provider");
    }

    private async Task<IActionResult> SaveAsync(Guid id, Func<Task<ProviderBriefing>> save, string done)
    {
        try
        {
            await save();
        }
        catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem() || refusal.Status == HttpStatusCode.Conflict)
        {
            ModelState.AddRefusal(refusal, path => path.ToLowerInvariant() switch
            {
                "summary" => nameof(Summary), "whatworks" => nameof(WhatWorks), "lawfulbasis" => nameof(LawfulBasis), _ => null,
            }, nameof(LawfulBasis));
            return Page();
        }

        TempData["Done"] = done;
        return RedirectToPage("Briefing", new { id });
    }

    /// <summary>The placement and the briefing, or null when the topic is not one the person may share.</summary>
    private async Task<ProviderBriefing?> LoadAsync(Guid id, string topic, CancellationToken cancellationToken)
    {
        var placement = referrals.PlacementAsync(id, cancellationToken);
        var briefing = await referrals.BriefingAsync(id, cancellationToken);
        (Placement, Topic) = (await placement, topic);
        IsShared = briefing.Sections.Any(s => s.Topic == topic);
        return briefing.MayShare.Contains(topic) ? briefing : null;
    }
}
