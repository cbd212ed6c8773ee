using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.AccessLog;

public static class AccessLogRegistration
{
    /// <summary>
    /// The access log table, for a service that holds pupils' records; its migrations create it and make it
    /// append-only (<see cref="AccessLogMigrations"/>).
    /// </summary>
    public static ModelBuilder AddAccessLog(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AccessLogEntryConfiguration());

    /// <summary><see cref="IAccessLog"/> writing to <typeparamref name="TContext"/>, whose model has the access log.</summary>
    public static IHostApplicationBuilder AddAccessLog<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAccessLog, AccessLog<TContext>>();
        return builder;
    }
}
