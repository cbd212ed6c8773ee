using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace APPlatform.Web.Platform;

public static class RefusalModelState
{
    /// <summary>
    /// A service's refusal shown where the person can act on it: each error against the form field its JSON path maps to
    /// (<paramref name="fieldFor"/> answers null for a path the form has no field for: the error goes above the form), and
    /// the problem's detail when it named no field: against <paramref name="detailField"/> if the form gives one, else
    /// above the form.
    /// </summary>
    public static void AddRefusal(this ModelStateDictionary state, PlatformApiException refusal, Func<string, string?> fieldFor, string detailField = "")
    {
        foreach (var (path, messages) in refusal.Errors)
        {
            foreach (var message in messages)
            {
                state.AddModelError(fieldFor(path) ?? "", message);
            }
        }

        if (refusal.Errors.Count == 0)
        {
            state.AddModelError(detailField, refusal.Detail ?? "That could not be recorded. Try again.");
        }
    }
}
