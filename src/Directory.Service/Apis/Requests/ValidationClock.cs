using System.ComponentModel.DataAnnotations;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>
/// The clock a request body's own validation reads ("not in the future"): the service's <see cref="TimeProvider"/>,
/// which the validation context carries (the request's services for an API call; the importer's clock for a CSV row).
/// </summary>
public static class ValidationClock
{
    /// <summary>
    /// The latest date a person may give for something that has already happened: tomorrow in UTC, so that a date
    /// given as "today" anywhere is accepted.
    /// </summary>
    public static DateOnly LatestPastDate(ValidationContext context) =>
        DateOnly.FromDateTime(ClockOf(context).GetUtcNow().UtcDateTime.AddDays(1));

    /// <summary>A validation context for <paramref name="instance"/> whose clock is <paramref name="clock"/> (validation outside a request).</summary>
    public static ValidationContext ContextFor(object instance, TimeProvider clock)
    {
        var context = new ValidationContext(instance);
        context.InitializeServiceProvider(type => type == typeof(TimeProvider) ? clock : null);
        return context;
    }

    private static TimeProvider ClockOf(ValidationContext context) =>
        context.GetService(typeof(TimeProvider)) as TimeProvider
        ?? throw new InvalidOperationException($"Validating {context.ObjectType.Name} needs the service's TimeProvider; validate it with a context that has one (ValidationClock.ContextFor).");
}
