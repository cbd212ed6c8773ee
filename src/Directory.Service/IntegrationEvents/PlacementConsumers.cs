using APPlatform.Contracts.Placements;
using APPlatform.ProviderDirectory.Threshold;
using MassTransit;

namespace APPlatform.ProviderDirectory.IntegrationEvents;

/// <summary>Placements starting, changing and ending feed the registration threshold watch.</summary>
public sealed class PlacementStartedConsumer(RegistrationThresholdWatch watch) : IConsumer<PlacementStarted>
{
    public Task Consume(ConsumeContext<PlacementStarted> context) => watch.RecordAsync(context.Message.Placement, context.CancellationToken);
}

public sealed class PlacementChangedConsumer(RegistrationThresholdWatch watch) : IConsumer<PlacementChanged>
{
    public Task Consume(ConsumeContext<PlacementChanged> context) => watch.RecordAsync(context.Message.Placement, context.CancellationToken);
}

public sealed class PlacementEndedConsumer(RegistrationThresholdWatch watch) : IConsumer<PlacementEnded>
{
    public Task Consume(ConsumeContext<PlacementEnded> context) => watch.EndAsync(context.Message.PlacementId, context.Message.EndDate, context.CancellationToken);
}
