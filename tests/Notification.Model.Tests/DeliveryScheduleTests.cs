using APPlatform.Notifications.Sending;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// A failed delivery (email, webhook or broker message) is tried again after each wait of the schedule, parked when the
/// waits run out, and replayed by its organisation with a fresh schedule once sent or parked.
/// </summary>
public sealed class DeliveryScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<TimeSpan> Retries = new DeliveryOptions().Retries;

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 2)]
    [InlineData(3, 10)]
    [InlineData(4, 30)]
    [InlineData(5, 60)]
    [InlineData(6, 120)]
    [InlineData(7, 240)]
    [InlineData(8, 480)]
    public void AfterEachFailureTheNextAttemptWaitsItsStepOfTheSchedule(int failures, double minutes)
    {
        var delivery = Failing(failures - 1);
        var now = Start.AddDays(1);

        var next = delivery.Failed("The receiver answered 503 Service Unavailable.", now, Retries);

        Assert.Equal(now + TimeSpan.FromMinutes(minutes), next);
        Assert.Equal(DeliveryStatus.Retrying, delivery.Status);
        Assert.Equal(failures, delivery.Attempts);
    }

    [Fact]
    public void WhenTheWaitsRunOutTheDeliveryIsParkedWithItsLastError()
    {
        var delivery = Failing(Retries.Count);

        var next = delivery.Failed("The receiver answered 410 Gone.", Start.AddDays(1), Retries);

        Assert.Null(next);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Null(delivery.NextAttemptAt);
        Assert.Equal("The receiver answered 410 Gone.", delivery.LastError);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(new double[0])]
    [InlineData(new[] { 1.0, 5.0 })]
    public void ConfiguredWaitsReplaceTheDefaultScheduleAndNoneConfiguredKeepsIt(double[]? minutes)
    {
        var options = new DeliveryOptions { RetryDelays = minutes?.Select(TimeSpan.FromMinutes).ToArray() };

        Assert.Equal(minutes is { Length: > 0 } ? minutes.Select(TimeSpan.FromMinutes) : DeliveryOptions.DefaultRetryDelays, options.Retries);
    }

    [Fact]
    public void ASuccessAfterAFailureClearsTheErrorAndTheNextAttempt()
    {
        var delivery = Failing(1);

        delivery.Succeeded(Start.AddMinutes(1));

        Assert.Equal((DeliveryStatus.Sent, 2, null, null, Start.AddMinutes(1)),
            (delivery.Status, delivery.Attempts, delivery.LastError, delivery.NextAttemptAt, delivery.SentAt));
    }

    [Fact]
    public void AnErrorIsKeptToItsFirstThousandCharacters()
    {
        var delivery = Failing(0);

        delivery.Failed(new string('x', 5000), Start, Retries);

        Assert.Equal(1000, delivery.LastError!.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void ADeliveryStillPendingOrRetryingIsNotReplayedSinceItWillBeTriedAnyway(int failures)
    {
        var delivery = Failing(failures);

        var refused = Assert.Throws<StateConflictException>(() => delivery.Replay(Start.AddHours(1)));

        Assert.Contains(failures == 0 ? "pending" : "retrying", refused.Message);
    }

    [Theory]
    [InlineData(DeliveryStatus.Sent)]
    [InlineData(DeliveryStatus.Failed)]
    public void ASentOrParkedDeliveryIsReplayedNowWithTheWholeScheduleAheadOfIt(DeliveryStatus status)
    {
        var delivery = status == DeliveryStatus.Sent ? Failing(0) : Failing(Retries.Count + 1);
        if (status == DeliveryStatus.Sent)
        {
            delivery.Succeeded(Start);
        }

        var now = Start.AddDays(2);
        delivery.Replay(now);

        Assert.Equal((DeliveryStatus.Pending, now, 1), (delivery.Status, delivery.NextAttemptAt, delivery.Replays));
        Assert.Equal(now + Retries[0], delivery.Failed("Still down.", now, Retries));
    }

    [Fact]
    public void ADeliveryWhoseBodyIsNoLongerKeptIsNotReplayed()
    {
        var delivery = Failing(Retries.Count + 1, body: "");

        Assert.Throws<NoLongerKeptException>(() => delivery.Replay(Start.AddDays(31)));
    }

    /// <summary>A webhook delivery that has failed <paramref name="failures"/> times.</summary>
    private static Delivery Failing(int failures, string body = "{}")
    {
        var delivery = new Delivery
        {
            Id = Guid.NewGuid(), Channel = DeliveryChannel.Webhook, EventType = "PlacementStarted", Target = "https://receiver.example/hooks",
            Body = body, CreatedAt = Start,
        };
        for (var i = 0; i < failures; i++)
        {
            delivery.Failed("The receiver could not be reached.", Start.AddMinutes(i), Retries);
        }

        return delivery;
    }
}
