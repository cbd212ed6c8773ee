using APPlatform.ServiceDefaults.Correlation;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ (ConnectionStrings:messaging) with the service's own transactional outbox and inbox
    /// in <typeparamref name="TContext"/>, correlation ids on every message, retries, and _error queues; quorum queues
    /// where Messaging:QuorumQueues says so (a clustered broker).
    /// Register the service's consumers in <paramref name="configureConsumers"/>; each gets its own queue, named
    /// after <paramref name="serviceName"/> and the consumer.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(MessagingOptions.ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{MessagingOptions.ConnectionName} (the RabbitMQ broker) is not set.");
        var section = builder.Configuration.GetSection(MessagingOptions.SectionName);
        var options = section.Get<MessagingOptions>() ?? new MessagingOptions();
        if (options.PrefetchCount < 1)
        {
            throw new InvalidOperationException($"Messaging:PrefetchCount is {options.PrefetchCount}; each consumer must take at least one message at a time.");
        }

        builder.Services.Configure<MessagingOptions>(section);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.ConfigureDbContext<TContext>((services, db) => db.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()), ServiceLifetime.Singleton);
        builder.Services.AddScoped(services => new ServiceDbContext(services.GetRequiredService<TContext>()));
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new PlatformEndpointNameFormatter(options.EntityPrefix, serviceName));

            // With the broker down the service still accepts changes (the outbox holds their events), so /health says
            // Degraded rather than taking the service out of the gateway's rotation.
            bus.ConfigureHealthCheckOptions(health => health.MinimalFailureStatus = HealthStatus.Degraded);
            configureConsumers?.Invoke(bus);

            // MassTransit otherwise reports usage to masstransit.io: nothing about this platform leaves it unasked.
            bus.DisableUsageTelemetry();
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                if (options.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }

                endpoint.UsePlatformConsumePipe(context);
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.PrefetchCount = options.PrefetchCount;
                if (options.EntityPrefix.Length > 0)
                {
                    rabbit.MessageTopology.SetEntityNameFormatter(
                        new PrefixEntityNameFormatter(rabbit.MessageTopology.EntityNameFormatter, options.EntityPrefix));
                }

                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>
    /// The filters every receive endpoint runs, outermost first. Retry comes before the scoped filters so each attempt
    /// gets a fresh scope (and DbContext); the inbox wraps the consumer in the transaction that records the message.
    /// </summary>
    public static void UsePlatformConsumePipe(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        endpoint.UsePlatformRetry();
        endpoint.UseConsumeFilter(typeof(CorrelationConsumeFilter<>), context);
        endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
    }
}
