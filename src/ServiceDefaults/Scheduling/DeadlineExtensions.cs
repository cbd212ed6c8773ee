using System.Text.Json;
using APPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Scheduling;

public static class DeadlineExtensions
{
    private static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Schedules (or moves) the pending deadline of this kind and subject, in this unit of work: it exists if, and only
    /// if, the next SaveChanges commits.
    /// </summary>
    public static async Task ScheduleDeadlineAsync<TPayload>(
        this DbContext db, string kind, string subject, DateTimeOffset dueAt, TPayload payload, CancellationToken cancellationToken = default)
    {
        var pending = await db.Set<Deadline>().SingleOrDefaultAsync(d => d.Kind == kind && d.Subject == subject && d.FiredAt == null, cancellationToken);
        if (pending is null)
        {
            pending = new Deadline { Id = Guid.CreateVersion7(), Kind = kind, Subject = subject };
            db.Set<Deadline>().Add(pending);
        }

        pending.DueAt = dueAt;
        pending.Payload = JsonSerializer.Serialize(payload, json);
        pending.Attempts = 0;
        pending.LastError = null;
    }

    /// <summary>
    /// Adds a deadline for a subject that cannot have one yet (a record created in this unit of work), without the
    /// lookup <see cref="ScheduleDeadlineAsync{TPayload}"/> makes to move an existing one.
    /// </summary>
    public static void AddDeadline<TPayload>(this DbContext db, string kind, string subject, DateTimeOffset dueAt, TPayload payload) =>
        db.Set<Deadline>().Add(new Deadline { Id = Guid.CreateVersion7(), Kind = kind, Subject = subject, DueAt = dueAt, Payload = JsonSerializer.Serialize(payload, json) });

    /// <summary>Cancels the pending deadline of this kind and subject, if there is one.</summary>
    public static async Task CancelDeadlineAsync(this DbContext db, string kind, string subject, CancellationToken cancellationToken = default)
    {
        var pending = await db.Set<Deadline>().SingleOrDefaultAsync(d => d.Kind == kind && d.Subject == subject && d.FiredAt == null, cancellationToken);
        if (pending is not null)
        {
            db.Set<Deadline>().Remove(pending);
        }
    }

    public static T PayloadAs<T>(this Deadline deadline) => JsonSerializer.Deserialize<T>(deadline.Payload, json)!;

    /// <summary>Runs the service's due deadlines (see <see cref="DeadlineScanner{TContext}"/>); handlers are added with AddDeadlineHandler.</summary>
    public static IHostApplicationBuilder AddDeadlines<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<SchedulingOptions>(builder.Configuration.GetSection(SchedulingOptions.SectionName));
        builder.Services.AddSingleton<DeadlineScanner<TContext>>();
        builder.Services.AddSingleton<IDeadlineRunner>(services => services.GetRequiredService<DeadlineScanner<TContext>>());
        builder.Services.AddHostedService(services => services.GetRequiredService<DeadlineScanner<TContext>>());
        return builder;
    }

    public static IServiceCollection AddDeadlineHandler<THandler>(this IServiceCollection services)
        where THandler : class, IDeadlineHandler =>
        services.AddScoped<IDeadlineHandler, THandler>();

    /// <summary>Adds a recurring deadline's handler, and the start-up that plans its first run when none is pending.</summary>
    public static IServiceCollection AddRecurringDeadline<TContext, THandler>(this IServiceCollection services)
        where TContext : DbContext
        where THandler : class, IRecurringDeadline
    {
        services.AddScoped<THandler>();
        services.AddScoped<IDeadlineHandler>(provider => provider.GetRequiredService<THandler>());
        return services.AddHostedService<RecurringDeadlineStart<TContext, THandler>>();
    }
}
