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

    /// <summary>
    /// Validates <paramref name="instance"/> (its attributes, then its own cross-field rules) by <paramref name="clock"/>,
    /// outside a request: what a CSV row or a rule's test is held to, exactly as the API holds a body.
    /// </summary>
    public static List<ValidationResult> Validate(object instance, TimeProvider clock)
    {
        var context = new ValidationContext(instance);
        context.InitializeServiceProvider(type => type == typeof(TimeProvider) ? clock : null);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, context, results, validateAllProperties: true);
        return results;
    }

    private static TimeProvider ClockOf(ValidationContext context) =>
        context.GetService(typeof(TimeProvider)) as TimeProvider
        ?? throw new InvalidOperationException($"Validating {context.ObjectType.Name} needs the service's TimeProvider; validate it with a context that has one (ValidationClock.Validate).");
}
