using System.Security.Cryptography;
using System.Text;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Scheduling;

/// <summary>
/// Plans a recurring deadline's first run at start-up when none of its kind is pending. Replicas take turns under an
/// advisory lock named for the kind, so two starting together plan it once.
/// </summary>
internal sealed class RecurringDeadlineStart<TContext, THandler>(IServiceScopeFactory scopes) : IHostedService
    where TContext : DbContext
    where THandler : class, IRecurringDeadline
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        IRecurringDeadline recurring = scope.ServiceProvider.GetRequiredService<THandler>();
        if (!recurring.Recurs)
        {
            return;
        }

        await db.Database.RunExclusivelyAsync(LockFor(recurring.Kind), async () =>
        {
            if (!await db.Set<Deadline>().AnyAsync(d => d.Kind == recurring.Kind && d.FiredAt == null, cancellationToken))
            {
                recurring.PlanFirst();
                await db.SaveChangesAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A stable advisory-lock key for the kind (the same in every replica and every run).</summary>
    private static long LockFor(string kind) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("recurring-deadline:" + kind)));
}
