using System.Text.Json;
using System.Text.RegularExpressions;
using APPlatform.TestSupport;
using MassTransit.Serialization;

namespace APPlatform.Contracts.Tests;

/// <summary>
/// What every event carries by the platform's convention (docs/architecture.md, Events): when it happened, and the ids
/// of what it is about. The event's own id is not in the body: it is the outbox row's, the message id on the broker
/// and the envelope's id for a subscriber.
/// </summary>
public sealed partial class EventConventionTests
{
    [Theory]
    [MemberData(nameof(EventSamples.Names), MemberType = typeof(EventSamples))]
    public void ItSaysWhenItHappenedToTheTickAndInItsOffset(string name)
    {
        var sent = EventSamples.Of(name);

        var json = JsonSerializer.SerializeToElement(sent, sent.GetType(), SystemTextJsonMessageSerializer.Options);

        Assert.True(json.GetProperty("occurredAt").GetDateTimeOffset().EqualsExact(sent.OccurredAt), $"{name}: sent {sent.OccurredAt:O}, wrote {json}");
    }

    [Theory]
    [MemberData(nameof(EventSamples.Names), MemberType = typeof(EventSamples))]
    public void ItNamesWhatItIsAboutByIdAndCarriesNoIdOfItsOwn(string name)
    {
        var type = EventSamples.TypeNamed(name);
        var properties = EventSamples.PropertiesOf(type).ToList();

        Assert.Contains(properties, p => p.PropertyType == typeof(Guid) || p.PropertyType.GetProperties().Any(inner => inner.PropertyType == typeof(Guid)));
        Assert.DoesNotContain(properties, p => p.Name is "Id" or "EventId" or "MessageId");
    }

    /// <summary>The table a newcomer reads to learn who publishes and consumes an event, and what it carries.</summary>
    [Theory]
    [MemberData(nameof(EventSamples.Names), MemberType = typeof(EventSamples))]
    public void TheArchitecturesEventTableListsIt(string name)
    {
        var table = File.ReadLines(Path.Combine(Repository.Root, "docs", "architecture.md"))
            .SkipWhile(line => line != "## Events").TakeWhile(line => !line.StartsWith("## A request", StringComparison.Ordinal));

        Assert.Contains(name, table.SelectMany(line => EventName().Matches(line).Select(match => match.Groups[1].Value)));
    }

    [GeneratedRegex("`([A-Za-z]+)`")]
    private static partial Regex EventName();
}
