using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Letters;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Referrals.Apis;

/// <summary>
/// The parents' letter of an issued notice and whom to email it to: read by the school's staff and, with a letter
/// token for the one placement, by Notification.Service. Mapped apart from the referrals-scoped API for that reason.
/// </summary>
public static class ParentLettersApi
{
    public static IEndpointRouteBuilder MapParentLettersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup($"/api/placements/{{{LetterCredential.PlacementRouteValue}:guid}}/parent-notification")
            .WithTags("Placements").RequireLetterCredential();
        api.MapGet("/letter", GetLetter).WithName(nameof(GetLetter))
            .WithSummary("The notification as a letter (HTML, with a print view)");
        api.MapGet("/recipients", GetLetterRecipients).WithName(nameof(GetLetterRecipients))
            .WithSummary("The parents and carers with an email address, to whom Notification.Service emails the letter");
        return app;
    }

    public static async Task<Results<ContentHttpResult, NotFound>> GetLetter(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        if (await IssuedNoticeAsync(id, caller, db, cancellationToken) is not { } issued)
        {
            return TypedResults.NotFound();
        }

        var (placement, notice, pupil) = issued;
        await log.ReadAsync(placement.LoggedLetter(notice), cancellationToken);
        var provider = await db.Providers.FindAsync([placement.ProviderId], cancellationToken);
        return TypedResults.Content(ParentLetter.Render(notice, pupil, provider?.Name ?? "the provider"), "text/html; charset=utf-8");
    }

    public static async Task<Results<Ok<List<LetterRecipient>>, NotFound>> GetLetterRecipients(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        if (await IssuedNoticeAsync(id, caller, db, cancellationToken) is not { } issued)
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(issued.Placement.LoggedLetter(issued.Notice), cancellationToken);
        return TypedResults.Ok(issued.Pupil.Carers.Where(c => !string.IsNullOrWhiteSpace(c.Email)).Select(c => new LetterRecipient(c.Name, c.Email!)).ToList());
    }

    /// <summary>The placement's latest notice and its pupil, for its school (or trust, LA): never for the provider.</summary>
    private static async Task<(Placement Placement, ParentNotice Notice, Pupil Pupil)?> IssuedNoticeAsync(Guid id, Caller caller, ReferralDbContext db, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FindAsync([id], cancellationToken);
        if (placement is null || !caller.MaySee(placement) || caller.IsProviderOf(placement) || placement.LatestNotice is not { } notice)
        {
            return null;
        }

        return (placement, notice, (await db.Pupils.FindAsync([placement.PupilId], cancellationToken))!);
    }
}
