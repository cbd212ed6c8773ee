using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Persistence.Retention;

/// <summary>
/// One line of a service's retention schedule: what is kept, for how long (and on whose authority), and how to delete
/// (or strip) what is older. <see cref="Apply"/> gets the cut-off and answers how many rows it changed. A rule runs
/// every <see cref="RunEvery"/>: small plumbing tables hourly, large records daily.
/// </summary>
public sealed record RetentionRule<TContext>(
    string Name, TimeSpan KeepFor, string Source, Func<TContext, DateTimeOffset, CancellationToken, Task<int>> Apply)
    where TContext : DbContext
{
    public TimeSpan RunEvery { get; init; } = TimeSpan.FromDays(1);
}
