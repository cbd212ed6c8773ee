using System.Net;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Absences;

/// <summary>
/// One absence's follow-up: what has been done, and the three things a school does next: record contact (a call, a
/// message, a home visit), confirm the reason with its DfE code, or escalate to the DSL or the local authority.
/// Each is its own form, posted and redirected back (Post/Redirect/Get).
/// </summary>
public sealed class CaseModel(AttendanceApi attendance, PupilNames pupilNames) : PageModel
{
    public AbsenceCase Case { get; private set; } = null!;

    public string PupilName { get; private set; } = "";

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public CaseActionKind? ActionKind { get; set; }

    [BindProperty]
    public string? ActionNote { get; set; }

    [BindProperty]
    public string? ExplainCode { get; set; }

    [BindProperty]
    public string? ExplainText { get; set; }

    [BindProperty]
    public EscalatedTo? EscalateTo { get; set; }

    [BindProperty]
    public string? EscalateNote { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken cancellationToken)
    {
        Require(ActionKind is not null, nameof(ActionKind), "Select what you did to reach the family");
        Require((ActionNote?.Length ?? 0) <= 2000, nameof(ActionNote), "The note must be 2,000 characters or fewer");
        return SendAsync(id, () => attendance.RecordActionAsync(id, ActionKind!.Value, Blank(ActionNote), cancellationToken),
            $"{CaseDisplay.Action(ActionKind.GetValueOrDefault())} recorded",
            new() { ["kind"] = nameof(ActionKind), ["note"] = nameof(ActionNote) }, cancellationToken);
    }

    public Task<IActionResult> OnPostExplainAsync(Guid id, CancellationToken cancellationToken)
    {
        Require(!string.IsNullOrEmpty(ExplainCode), nameof(ExplainCode), "Select the absence code for the reason");
        Require(ExplainText?.Trim().Length is >= 3 and <= 2000, nameof(ExplainText), "Enter the reason as the family or the provider gave it, in 3 to 2,000 characters");
        return SendAsync(id, () => attendance.ExplainAsync(id, ExplainCode!, ExplainText!.Trim(), cancellationToken),
            $"Absence explained with code {ExplainCode}",
            new() { ["code"] = nameof(ExplainCode), ["explanation"] = nameof(ExplainText) }, cancellationToken);
    }

    public Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken cancellationToken)
    {
        Require(EscalateTo is not null, nameof(EscalateTo), "Select who takes the case over");
        Require(EscalateNote?.Trim().Length is >= 3 and <= 2000, nameof(EscalateNote), "Enter why you are escalating it and what has been tried, in 3 to 2,000 characters");
        return SendAsync(id, () => attendance.EscalateAsync(id, EscalateTo!.Value, EscalateNote!.Trim(), cancellationToken),
            EscalateTo == EscalatedTo.Dsl ? "Case escalated to the designated safeguarding lead" : "Case escalated to the local authority",
            new() { ["to"] = nameof(EscalateTo), ["note"] = nameof(EscalateNote) }, cancellationToken);
    }

    private async Task<IActionResult> SendAsync(
        Guid id, Func<Task<AbsenceCase>> send, string done, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await send();
                Done = done;
                return RedirectToPage(new { id });
            }
            catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem() || refusal.Status == HttpStatusCode.Conflict)
            {
                ModelState.AddRefusal(refusal, fields.GetValueOrDefault);
            }
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var load = attendance.CaseAsync(id, cancellationToken);
        var names = await pupilNames.ByPlacementAsync(cancellationToken);
        Case = await load;
        PupilName = names(Case.PlacementId, Case.PupilId);
    }

    private void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
