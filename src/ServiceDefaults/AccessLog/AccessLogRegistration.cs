using APPlatform.ServiceDefaults.Persistence.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.AccessLog;

public static class AccessLogRegistration
{
    /// <summary>
    /// Six years, the Limitation Act 1980's period for a claim about how a record was used, and as long as the registers
    /// whose reads it records. At least '6 years' in PostgreSQL's calendar, which the migrations' trigger allows
    /// (<see cref="AccessLogMigrations.LetAccessLogLinesExpire"/>).
    /// </summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(6 * 365 + 2);

    /// <summary>
    /// The access log table, for a service that holds pupils' records; its migrations create it and make it
    /// append-only (<see cref="AccessLogMigrations"/>).
    /// </summary>
    public static ModelBuilder AddAccessLog(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AccessLogEntryConfiguration());

    /// <summary>
    /// <see cref="IAccessLog"/> writing to <typeparamref name="TContext"/>, whose model has the access log, and the
    /// log's own line on the retention schedule.
    /// </summary>
    public static IHostApplicationBuilder AddAccessLog<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAccessLog, AccessLog<TContext>>();
        builder.Services.AddRetentionRule<TContext>("access log lines", KeepFor, "Limitation Act 1980: six years",
            (db, cutoff, cancellationToken) => db.Set<AccessLogEntry>().Where(e => e.At < cutoff).ExecuteDeleteAsync(cancellationToken));
        return builder;
    }
}
