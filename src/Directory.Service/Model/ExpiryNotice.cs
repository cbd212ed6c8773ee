namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// Notice ahead of something that stops being good on a day (a document's expiry, an audit's last valid day): due
/// <paramref name="Before"/> ahead of it, at 08:00 in England.
/// </summary>
public sealed record ExpiryNotice(TimeSpan Before)
{
    public static readonly TimeOnly At = new(8, 0);

    /// <summary>The day notice of <paramref name="lastDay"/> is due.</summary>
    public DateOnly DueOn(DateOnly lastDay) => lastDay.AddDays(-(int)Before.TotalDays);
}
