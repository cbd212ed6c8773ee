using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using APPlatform.Notifications.Subscriptions;
using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.Contracts.Tests;

/// <summary>
/// Events that leave the platform carry identifiers and minimal state, never health, SEND or safeguarding detail, nor
/// free text (docs/architecture.md, Events; IIntegrationEvent). What leaves is the body a subscriber receives, by
/// webhook or in its broker virtual host: the event without the two placement flags the platform keeps inside.
/// </summary>
public sealed partial class EventPrivacyTests
{
    /// <summary>Words in a field's name that say it holds a child's health, needs, care or safeguarding, or an account in words.</summary>
    private static readonly HashSet<string> Telling =
    [
        "health", "medical", "medication", "diagnosis", "condition", "disability", "allergy",
        "send", "sen", "senco", "ehc", "ehcp", "needs", "looked", "care", "welfare", "wellbeing",
        "safeguarding", "dsl", "risk", "injury", "abuse",
        "note", "notes", "comment", "comments", "description", "summary", "narrative", "text", "account", "body", "detail", "details",
    ];

    /// <summary>
    /// The text fields an event may carry: codes from a fixed list (the session, a day, a category, a stage...) and a
    /// provider's name, URN and UKPRN, which the public directory shows anyway. Any other text could hold what someone wrote.
    /// </summary>
    private static readonly HashSet<string> TextFields =
    [
        "session", "day", "to", "decidedBy", "reason", "category", "stage", "term", "documentType", "commissionerType",
        "registrationMode", "name", "urn", "ukprn", "authorType", "kind",
    ];

    [Theory]
    [MemberData(nameof(EventSamples.Names), MemberType = typeof(EventSamples))]
    public void ItLeavesThePlatformWithoutHealthSendOrSafeguardingDetailOrFreeText(string name)
    {
        var body = JsonNode.Parse(SubscriberPayload.For(EventSamples.Of(name), Guid.NewGuid()))!;

        Assert.Empty(WhatItTells(body["data"]!, "data"));
    }

    [Fact]
    public void TheCheckFindsAFieldThatTellsAndFreeText()
    {
        var leaky = JsonSerializer.SerializeToNode(new Leaky(Guid.NewGuid(), "asthma", true, "cannot sit still", "AM", 2), PlatformJson.Options)!;

        Assert.Equal(["data.hasSendSupport", "data.healthNotes", "data.what (free text)"], WhatItTells(leaky, "data").Order());
    }

    /// <summary>The fields of <paramref name="node"/>, at any depth, whose name tells or whose text is not a code.</summary>
    private static IEnumerable<string> WhatItTells(JsonNode node, string path) => node switch
    {
        JsonObject fields => fields.SelectMany(field =>
        {
            var at = $"{path}.{field.Key}";
            var own = Tells(field.Key, field.Value) ? [at]
                : field.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String && !Guid.TryParse(value.GetValue<string>(), out _)
                    && !DateOnly.TryParse(value.GetValue<string>(), out _) && !TimeOnly.TryParse(value.GetValue<string>(), out _)
                    && !DateTimeOffset.TryParse(value.GetValue<string>(), out _) && !TextFields.Contains(field.Key) ? [$"{at} (free text)"]
                : Array.Empty<string>();
            return own.Concat(field.Value is null ? [] : WhatItTells(field.Value, at));
        }),
        JsonArray items => items.SelectMany((item, i) => item is null ? [] : WhatItTells(item, $"{path}[{i}]")),
        _ => [],
    };

    /// <summary>A count of pupils at a provider (the registration threshold's) says nothing of any one child.</summary>
    private static bool Tells(string field, JsonNode? value) =>
        Words().Matches(field).Any(word => Telling.Contains(word.Value.ToLowerInvariant()))
        && !(field.EndsWith("Pupils", StringComparison.Ordinal) && value?.GetValueKind() == JsonValueKind.Number);

    [GeneratedRegex("[A-Z]?[a-z]+|[A-Z]+(?![a-z])")]
    private static partial Regex Words();

    private sealed record Leaky(Guid PupilId, string HealthNotes, bool HasSendSupport, string What, string Session, int EhcpPupils);
}
