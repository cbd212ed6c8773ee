namespace APPlatform.ServiceDefaults.Messaging;

public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>The connection string name (ConnectionStrings:messaging), as the AppHost sets it.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// Prepended to every exchange and queue name. Empty in production; test runs sharing one broker set it so their
    /// messages never meet.
    /// </summary>
    public string EntityPrefix { get; set; } = "";

    /// <summary>
    /// Declares every consumer's queue as a quorum queue, replicated across a clustered broker's nodes, so a node's loss
    /// loses no message. Off by default: the single local broker gains nothing, and RabbitMQ refuses to redeclare an
    /// existing classic queue as quorum, so a broker that already has the platform's queues keeps their type.
    /// </summary>
    public bool QuorumQueues { get; set; }

    /// <summary>
    /// How many messages each consumer's queue hands the service at once, and so how many it handles at a time. The
    /// consumers wait on the database (the inbox's transaction), not the CPU: MassTransit's default, twice the cores,
    /// left Notification.Service handling four absences at a time on two cores while their events queued.
    /// </summary>
    public int PrefetchCount { get; set; } = 16;

    /// <summary>How often the dispatcher looks for unpublished events when no commit has woken it.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int OutboxBatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker's confirmation before the batch is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long published outbox rows and inbox records are kept (the window in which duplicates are caught).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
