using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using APPlatform.ServiceDefaults.Messaging;
using MassTransit.Serialization;

namespace APPlatform.Contracts.Tests;

/// <summary>
/// An event reaches its consumers whole: stored in the outbox as JSON, read back by the dispatcher, published with
/// MassTransit's serializer and read by the consumer. A property the JSON cannot carry would arrive as its default.
/// </summary>
public sealed class EventRoundTripTests
{
    [Theory]
    [MemberData(nameof(EventSamples.Names), MemberType = typeof(EventSamples))]
    public void EveryPropertySurvivesTheOutboxAndTheBroker(string name)
    {
        var sent = EventSamples.Of(name);
        var type = sent.GetType();

        var stored = JsonSerializer.Deserialize(JsonSerializer.Serialize(sent, type, ContractTypes.Json), type, ContractTypes.Json)!;
        var received = JsonSerializer.Deserialize(
            JsonSerializer.Serialize(stored, type, SystemTextJsonMessageSerializer.Options), type, SystemTextJsonMessageSerializer.Options)!;

        AssertSame(sent, received, name);
    }

    /// <summary>Subscribers and the platform's own services read the same field names: camelCase of the record's.</summary>
    [Theory]
    [MemberData(nameof(EventSamples.Names), MemberType = typeof(EventSamples))]
    public void ItTravelsWithACamelCaseFieldForEachProperty(string name)
    {
        var sent = EventSamples.Of(name);

        var json = JsonSerializer.SerializeToNode(sent, sent.GetType(), SystemTextJsonMessageSerializer.Options)!.AsObject();

        Assert.Equal(EventSamples.PropertiesOf(sent.GetType()).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(),
            json.Select(field => field.Key).Order());
        Assert.All(json, field => Assert.NotNull(field.Value));
    }

    /// <summary>Equal value by value, down through nested records and lists; a time equal with its offset too.</summary>
    private static void AssertSame(object? expected, object? actual, string path)
    {
        switch (expected)
        {
            case null or string or ValueType when expected is not DateTimeOffset:
                Assert.True(Equals(expected, actual), $"{path}: sent {expected}, received {actual}");
                break;
            case DateTimeOffset time:
                Assert.True(actual is DateTimeOffset received && time.EqualsExact(received), $"{path}: sent {time:O}, received {actual:O}");
                break;
            case IEnumerable items:
                var sentItems = items.Cast<object>().ToList();
                var receivedItems = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object>().ToList();
                Assert.True(sentItems.Count == receivedItems.Count, $"{path}: sent {sentItems.Count} items, received {receivedItems.Count}");
                for (var i = 0; i < sentItems.Count; i++)
                {
                    AssertSame(sentItems[i], receivedItems[i], $"{path}[{i}]");
                }

                break;
            default:
                foreach (var property in EventSamples.PropertiesOf(expected.GetType()))
                {
                    AssertSame(property.GetValue(expected), actual is null ? null : property.GetValue(actual), $"{path}.{property.Name}");
                }

                break;
        }
    }
}
