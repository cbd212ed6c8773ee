namespace APPlatform.ServiceDefaults.Scheduling;

/// <summary>
/// Does the work of one kind of deadline when it falls due, with the service's scoped DbContext: whatever it changes,
/// and the events it queues in the outbox, commit with the deadline marked done. If it throws, nothing commits and the
/// deadline is tried again later.
/// </summary>
public interface IDeadlineHandler
{
    string Kind { get; }

    Task HandleAsync(Deadline deadline, CancellationToken cancellationToken);
}
