using System.ComponentModel.DataAnnotations;
using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Design.TagHelpers;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Registers;

/// <summary>
/// A provider's register for one of today's sessions: every pupil its placements expect, a mark for each, sent to
/// Attendance.Service as a daily return; and who is still unmarked before the cut-off makes them missing.
/// </summary>
public sealed class IndexModel(AttendanceApi attendance, PupilNames pupilNames, TimeProvider clock) : PageModel
{
    public Session Session { get; private set; }

    /// <summary>The register's day: today, or an earlier school day whose marks the provider corrects (?date=).</summary>
    public DateOnly Day { get; private set; }

    [BindProperty(SupportsGet = true, Name = "date")]
    public DateOnly? RequestedDay { get; set; }

    public List<RegisterRow> Rows { get; private set; } = [];

    /// <summary>
    /// The last week's weekdays before the register's day, whose marks the provider may still correct (Attendance.Service
    /// takes corrections for a week and refuses older ones, saying so).
    /// </summary>
    public bool IsToday => Day == clock.TodayInEngland();

    public IEnumerable<DateOnly> CorrectableDays => Enumerable.Range(1, 7).Select(d => clock.TodayInEngland().AddDays(-d))
        .Where(day => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && day != Day);

    /// <summary>Pupils with no mark from the provider: none yet, or made missing at the cut-off.</summary>
    public IEnumerable<RegisterRow> Unmarked => Rows.Where(row => row.Recorded is null or { Status: MarkStatus.Missing });

    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    [TempData]
    public string? Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(string? session, CancellationToken cancellationToken)
    {
        if (!TryChooseSession(session))
        {
            return RedirectToPage(new { session = DefaultSession().ToString().ToLowerInvariant(), date = RequestedDay?.ToString("yyyy-MM-dd") });
        }

        await LoadAsync(cancellationToken);
        Input = RegisterForm.For(Rows);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? session, CancellationToken cancellationToken)
    {
        if (!TryChooseSession(session))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        var byPlacement = Rows.ToDictionary(row => row.PlacementId);
        var sent = new List<(int Row, MarkInput Mark)>();
        for (var i = 0; i < Input.Marks.Count; i++)
        {
            var entry = Input.Marks[i];
            if (!byPlacement.TryGetValue(entry.PlacementId, out var row))
            {
                // The placement ended or moved since the page was drawn.
                continue;
            }

            if (entry.Validate(ModelState, $"{nameof(Input)}.{nameof(Input.Marks)}[{i}]", row.PupilName) is { } mark && !row.AlreadyRecorded(mark))
            {
                sent.Add((i, mark with { Session = Session }));
            }
        }

        if (ModelState.IsValid && sent.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Marks)}[0].{nameof(RegisterEntry.Status)}", "Mark at least one pupil present, late or absent");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await attendance.PostReturnAsync(new DailyReturnRequest(Day, sent.Select(s => s.Mark).ToList()), Input.IdempotencyKey, cancellationToken);
        }
        catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem())
        {
            ShowRefusal(refusal, sent.Select(s => s.Row).ToList());
            // The service keeps the key with the body it refused: a corrected register is a new request.
            Input.IdempotencyKey = Guid.NewGuid().ToString();
            return Page();
        }

        Sent = $"{sent.Count} {(sent.Count == 1 ? "mark" : "marks")} recorded for the {SessionName(Session)} register";
        return RedirectToPage(new { session, date = RequestedDay?.ToString("yyyy-MM-dd") });
    }

    public static string SessionName(Session session) => session == Session.AM ? "morning" : "afternoon";

    public static TagColour Colour(MarkStatus status) => status switch
    {
        MarkStatus.Present => TagColour.Green,
        MarkStatus.Late => TagColour.Yellow,
        MarkStatus.Absent => TagColour.Red,
        _ => TagColour.Grey,
    };

    private bool TryChooseSession(string? session)
    {
        var today = clock.TodayInEngland();
        Day = RequestedDay is { } requested && requested <= today ? requested : today;
        if (!Enum.TryParse<Session>(session, ignoreCase: true, out var chosen))
        {
            return false;
        }

        Session = chosen;
        return true;
    }

    private Session DefaultSession() => clock.NowInEngland().Hour < 12 ? Session.AM : Session.PM;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var expected = (await attendance.PlacementsAsync(cancellationToken)).Where(p => p.Expects(Day, Session)).ToList();
        var name = await pupilNames.ByPlacementAsync(cancellationToken);
        var marks = await Task.WhenAll(expected.Select(p => attendance.MarksAsync(p.PlacementId, Day, Day, cancellationToken)));
        Rows = expected.Select((placement, i) => new RegisterRow(
                placement.PlacementId,
                name(placement.PlacementId, placement.PupilId),
                marks[i].FirstOrDefault(m => m.Session == Session)))
            .OrderBy(row => row.PupilName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>The service's errors against the rows they name (marks[k] is the k-th mark sent); the rest above the form.</summary>
    private void ShowRefusal(PlatformApiException refusal, List<int> rowOfMark) => ModelState.AddRefusal(refusal, path =>
    {
        var match = System.Text.RegularExpressions.Regex.Match(path, @"^marks\[(\d+)\]\.?(\w*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!match.Success || int.Parse(match.Groups[1].Value) is var k && k >= rowOfMark.Count)
        {
            return null;
        }

        var property = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "minuteslate" => nameof(RegisterEntry.MinutesLate),
            "reason" => nameof(RegisterEntry.Reason),
            _ => nameof(RegisterEntry.Status),
        };
        return $"{nameof(Input)}.{nameof(Input.Marks)}[{rowOfMark[k]}].{property}";
    });
}

/// <summary>A pupil the session expects, and the mark already recorded for them today, if any.</summary>
public sealed record RegisterRow(Guid PlacementId, string PupilName, MarkView? Recorded)
{
    public bool AlreadyRecorded(MarkInput mark) =>
        Recorded is { } recorded && recorded.Status == mark.Status && recorded.MinutesLate == mark.MinutesLate
        && (recorded.Reason ?? "") == (mark.Reason ?? "");
}

public sealed class RegisterForm
{
    /// <summary>One per form drawn: a resubmission of the same register (a double click, a refresh) is recorded once.</summary>
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public List<RegisterEntry> Marks { get; set; } = [];

    public static RegisterForm For(List<RegisterRow> rows) => new()
    {
        Marks = rows.Select(row => new RegisterEntry
        {
            PlacementId = row.PlacementId,
            Status = row.Recorded?.Status is MarkStatus.Missing ? null : row.Recorded?.Status,
            MinutesLate = row.Recorded?.MinutesLate,
            Reason = row.Recorded?.Reason,
        }).ToList(),
    };
}

public sealed class RegisterEntry
{
    public Guid PlacementId { get; set; }

    public MarkStatus? Status { get; set; }

    public int? MinutesLate { get; set; }

    [StringLength(500)]
    public string? Reason { get; set; }

    /// <summary>The mark to send, or null when the pupil is left unmarked or the entry is wrong (its errors added).</summary>
    public MarkInput? Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string prefix, string pupil)
    {
        switch (Status)
        {
            case null or MarkStatus.Missing:
                return null;
            case MarkStatus.Late when MinutesLate is null or < 1 or > 300:
                state.AddModelError($"{prefix}.{nameof(MinutesLate)}", $"Enter how many minutes late {pupil} was, from 1 to 300");
                return null;
            case MarkStatus.Absent when string.IsNullOrWhiteSpace(Reason):
                state.AddModelError($"{prefix}.{nameof(Reason)}", $"Enter why {pupil} is absent, or what you know");
                return null;
            default:
                // The session is the page's: the caller sets it.
                return new MarkInput(PlacementId, default, Status.Value, Status == MarkStatus.Late ? MinutesLate : null,
                    Status == MarkStatus.Absent ? Reason?.Trim() : null);
        }
    }
}
