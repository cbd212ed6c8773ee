using System.Diagnostics;
using System.Text.Json;
using APPlatform.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ a batch at a time, in order, and marks each dispatched once the broker
/// has confirmed it and every row before it. Rows are claimed with FOR UPDATE SKIP LOCKED, so several replicas share
/// the work without sending a row twice at once. If the broker is down, rows stay pending and the dispatcher retries with backoff: an outage
/// delays events, never loses them. A crash between publish and commit re-sends a row, which consumers' inboxes drop.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == options.Value.OutboxBatchSize)
                {
                }

                failures = 0;
                await signal.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 1)));
                logger.LogWarning(exception, "Outbox dispatch failed (attempt {Failures}); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }

    /// <summary>Publishes up to one batch; returns how many rows it claimed.</summary>
    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await db.Set<OutboxMessage>()
            .FromSqlRaw(
                $$"""SELECT * FROM "{{OutboxMessageConfiguration.TableName}}" WHERE "DispatchedAt" IS NULL ORDER BY "Id" LIMIT {0} FOR UPDATE SKIP LOCKED""",
                options.Value.OutboxBatchSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // Started in order and confirmed together: one publish at a time, each waiting for its confirmation, held the
        // dispatcher to a few hundred events a second, and at a thousand absences a second they waited in the outbox.
        // The rows confirmed are then marked in one statement, not an UPDATE each.
        var publishes = batch.Select(message => PublishAsync(message, cancellationToken)).ToList();
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                await publishes[i];
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Keep what was confirmed before it and note the failure. The rows after it stay pending, whatever became
                // of their publishes, and go again after it: a copy the broker did take is dropped by the inboxes.
                var error = exception.Message[..Math.Min(exception.Message.Length, 2000)];
                await Task.WhenAll(publishes.Skip(i + 1)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await MarkDispatchedAsync(db, batch.Take(i), cancellationToken);
                await db.Set<OutboxMessage>().Where(m => m.Id == batch[i].Id)
                    .ExecuteUpdateAsync(row => row.SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, error), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                throw;
            }
        }

        await MarkDispatchedAsync(db, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private async Task MarkDispatchedAsync(TContext db, IEnumerable<OutboxMessage> confirmed, CancellationToken cancellationToken)
    {
        var ids = confirmed.Select(m => m.Id).ToList();
        if (ids.Count > 0)
        {
            var now = clock.GetUtcNow();
            await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(row => row.SetProperty(m => m.DispatchedAt, now), cancellationToken);
        }
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = ContractTypes.Resolve(message.MessageType);
        var body = JsonSerializer.Deserialize(message.Body, type, ContractTypes.Json)!;

        using var activity = PlatformActivity.Source.StartActivity("outbox publish", ActivityKind.Producer, message.TraceParent);
        activity?.SetTag("messaging.message.id", message.Id);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);

        await bus.Publish(body, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = message.Id;
            if (message.CorrelationId is { } correlationId)
            {
                context.Headers.Set(Correlation.CorrelationId.HeaderName, correlationId);
            }
        }), timeout.Token);
    }
}
