using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.ServiceDefaults.Apis;

/// <summary>A query's from and to: from after to is the caller's mistake, answered 400 rather than with an empty result.</summary>
public static class Period
{
    public static bool IsBackwards<T>(T? from, T? to) where T : struct, IComparable<T> =>
        from is { } start && to is { } end && start.CompareTo(end) > 0;

    /// <summary>The 400 for a backward period, or null when it is fine.</summary>
    public static ValidationProblem? Problem<T>(T? from, T? to) where T : struct, IComparable<T> =>
        IsBackwards(from, to) ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["from is on or before to."] }) : null;
}
