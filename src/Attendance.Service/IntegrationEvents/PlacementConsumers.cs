using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Contracts.Placements;
using MassTransit;

namespace APPlatform.Attendance.IntegrationEvents;

/// <summary>Keeps the placements copy from Referral.Service's events, each applied once (inbox) and never by an older one.</summary>
public sealed class PlacementConsumers(AttendanceDbContext db) : IConsumer<PlacementStarted>, IConsumer<PlacementChanged>, IConsumer<PlacementEnded>
{
    public Task Consume(ConsumeContext<PlacementStarted> context) => ApplyAsync(context.Message.Placement, context.Message.OccurredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<PlacementChanged> context) => ApplyAsync(context.Message.Placement, context.Message.OccurredAt, context.CancellationToken);

    public async Task Consume(ConsumeContext<PlacementEnded> context)
    {
        var ended = context.Message;
        var placement = await db.Placements.FindAsync([ended.PlacementId], context.CancellationToken);
        if (placement is null)
        {
            placement = new Placement { PlacementId = ended.PlacementId, PupilId = ended.PupilId, SchoolId = ended.SchoolId, LocalAuthorityId = ended.LocalAuthorityId, ProviderId = ended.ProviderId };
            db.Placements.Add(placement);
        }

        placement.EndDate = ended.EndDate;
        placement.HasEnded = true;
        placement.AsOf = ended.OccurredAt;
    }

    private async Task ApplyAsync(PlacementDetails details, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FindAsync([details.PlacementId], cancellationToken);
        if (placement is null)
        {
            placement = new Placement { PlacementId = details.PlacementId };
            db.Placements.Add(placement);
        }
        else if (placement.HasEnded || placement.AsOf > occurredAt)
        {
            return;
        }

        placement.Apply(details, occurredAt);
    }
}
