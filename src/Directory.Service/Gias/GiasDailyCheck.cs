using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.ProviderDirectory.Gias;

public sealed class GiasOptions
{
    public const string SectionName = "Gias";

    /// <summary>
    /// Where the daily check reads GIAS's extract: a file path or an http(s) URL, in which "{date}" becomes the day as
    /// yyyyMMdd (GIAS publishes edubasealldataYYYYMMDD.csv daily). Unset, there is no daily check.
    /// </summary>
    public string? ExtractUrl { get; set; }

    /// <summary>When, in England, the daily check runs: after GIAS has published the day's extract.</summary>
    public TimeOnly CheckAt { get; set; } = new(7, 0);
}

/// <summary>
/// The daily GIAS check of every registered provider, a deadline in the database like any other (so one replica runs
/// it, and one that fails, say because the day's extract is not there yet, is retried): each run plans the next day's.
/// At start-up the first is planned if none is pending.
/// </summary>
public sealed class GiasDailyCheck(
    GiasRegistrationCheck check, DirectoryDbContext db, IHttpClientFactory http, IOptions<GiasOptions> options, TimeProvider clock,
    ILogger<GiasDailyCheck> logger)
    : IRecurringDeadline
{
    public const string DeadlineKind = "gias-check";

    public string Kind => DeadlineKind;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        if (options.Value.ExtractUrl is not { } location)
        {
            logger.LogInformation("Gias:ExtractUrl is no longer set: the daily GIAS check stops");
            return;
        }

        var today = clock.TodayInEngland();
        await using var source = await OpenAsync(location.Replace("{date}", today.ToString("yyyyMMdd")), cancellationToken);
        using var text = new StreamReader(source, GiasExtract.Encoding, detectEncodingFromByteOrderMarks: true);
        var (extract, problem) = GiasExtract.Read(text);
        var summary = await check.CheckAsync(extract ?? throw new InvalidDataException(problem), keptBy: null, cancellationToken);
        logger.LogInformation(
            "GIAS check of {Checked} registered providers against {Establishments} establishments: {Matched} matched, {Raised} findings raised",
            summary.Checked, summary.Establishments, summary.Matched, summary.FindingsRaised);
        Plan(db, today.AddDays(1), options.Value.CheckAt);
    }

    /// <summary>There is no daily check while Gias:ExtractUrl is unset.</summary>
    public bool Recurs => options.Value.ExtractUrl is not null;

    /// <summary>The first check: today's if it is not yet time, else tomorrow's.</summary>
    public void PlanFirst()
    {
        var now = clock.NowInEngland();
        var today = DateOnly.FromDateTime(now.DateTime);
        Plan(db, TimeOnly.FromDateTime(now.DateTime) < options.Value.CheckAt ? today : today.AddDays(1), options.Value.CheckAt);
    }

    /// <summary>The check on <paramref name="day"/>; the subject is the day, so it never clashes with the one running now.</summary>
    public static void Plan(DbContext db, DateOnly day, TimeOnly at) =>
        db.AddDeadline(DeadlineKind, day.ToString("yyyy-MM-dd"), EnglandClock.InEngland(day, at), new { });

    private async Task<Stream> OpenAsync(string location, CancellationToken cancellationToken) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? await http.CreateClient(nameof(GiasDailyCheck)).GetStreamAsync(uri, cancellationToken)
            : File.OpenRead(location);
}
